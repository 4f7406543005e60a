using FluentAssertions.Primitives;

namespace Attention.Tests.Support;

/// <summary>
/// Assertions on tensors that read like the handout: shape, values, rows summing to 1.
/// Each takes an optional <c>hint</c>: the key of a sentence in Messages.resx appended to the failure,
/// to tell the student what the check is about.
/// </summary>
public sealed class TensorAssertions(Tensor? subject)
    : ReferenceTypeAssertions<Tensor?, TensorAssertions>(subject)
{
    protected override string Identifier => "tensor";

    Tensor Present(string what, string? hint)
    {
        if (Subject is null) Verdict.FailWithHint(hint, nameof(Messages.TensorIsNull), what);
        return Subject!;
    }

    public AndConstraint<TensorAssertions> HaveShape(long[] expected, string? hint = null)
    {
        var tensor = Present(TensorText.Shape(expected), hint);
        if (!tensor.shape.SequenceEqual(expected))
            Verdict.FailWithHint(hint, nameof(Messages.ShapeMismatch), TensorText.Shape(expected), TensorText.Shape(tensor));
        return new(this);
    }

    public AndConstraint<TensorAssertions> HaveShape(params long[] expected) => HaveShape(expected, null);

    /// <summary>Same shape, and every value within <paramref name="tolerance"/> (absolute) of the expected one.</summary>
    public AndConstraint<TensorAssertions> BeCloseTo(Tensor expected, double tolerance = 1e-4, string? hint = null)
    {
        HaveShape(expected.shape, hint);
        using var scope = NewDisposeScope();
        var actual = Subject!.detach().cpu().to_type(ScalarType.Float64);
        var wanted = expected.detach().cpu().to_type(ScalarType.Float64);
        var gap = (actual - wanted).abs().nan_to_num(nan: double.PositiveInfinity);
        if (gap.numel() == 0) return new(this);
        var worst = gap.flatten().argmax().item<long>();
        var worstGap = gap.flatten()[worst].item<double>();
        if (!(worstGap <= tolerance))
            Verdict.FailWithHint(hint, nameof(Messages.ValuesMismatch), TensorText.Values(expected), TensorText.Values(Subject!),
                TensorText.Index(worst, expected.shape), TensorText.Number(worstGap), TensorText.Tolerance(tolerance));
        return new(this);
    }

    public AndConstraint<TensorAssertions> BeCloseTo(double[] expected, double tolerance = 1e-4, string? hint = null) =>
        BeCloseTo(tensor(expected, ScalarType.Float64), tolerance, hint);

    /// <summary>Every row (last dimension) sums to 1: the weights are a probability distribution.</summary>
    public AndConstraint<TensorAssertions> HaveRowsSummingToOne(double tolerance = 1e-5, string? hint = null)
    {
        var tensor = Present("…", hint);
        using var scope = NewDisposeScope();
        var sums = tensor.detach().to_type(ScalarType.Float64).sum(-1).flatten();
        var gap = (sums - 1).abs().nan_to_num(nan: double.PositiveInfinity);
        var worst = gap.argmax().item<long>();
        if (!(gap[worst].item<double>() <= tolerance))
            Verdict.FailWithHint(hint, nameof(Messages.RowDoesNotSumToOne), TensorText.Index(worst, tensor.shape[..^1]), TensorText.Number(sums[worst].item<double>()));
        return new(this);
    }

    /// <summary>No NaN and no ±∞ anywhere (numerical stability).</summary>
    public AndConstraint<TensorAssertions> BeFinite(string? hint = null)
    {
        var tensor = Present("…", hint);
        using var scope = NewDisposeScope();
        var bad = tensor.detach().isfinite().logical_not().flatten();
        if (bad.any().item<bool>())
            Verdict.FailWithHint(hint, nameof(Messages.NotFinite), TensorText.Index(bad.to_type(ScalarType.Int64).argmax().item<long>(), tensor.shape), TensorText.Values(tensor));
        return new(this);
    }

    /// <summary>The exact same values as <paramref name="expected"/> (and its shape).</summary>
    public AndConstraint<TensorAssertions> Equal(Tensor expected, string? hint = null) => BeCloseTo(expected, 0.0, hint);

    /// <summary>The argument <paramref name="name"/>, after the call, still holds its values <paramref name="original"/>.</summary>
    public AndConstraint<TensorAssertions> Unchanged(string name, Tensor original)
    {
        var tensor = Present(TensorText.Shape(original), null);
        using var same = tensor.shape.SequenceEqual(original.shape) ? tensor.detach().eq(original).all() : zeros(1, dtype: ScalarType.Bool);
        if (!same.item<bool>()) Verdict.Fail(nameof(Messages.InputModified), name, TensorText.Values(original), TensorText.Values(tensor));
        return new(this);
    }

    /// <summary>The tensor has the boolean dtype (a mask).</summary>
    public AndConstraint<TensorAssertions> BeBoolean(string? hint = null)
    {
        var tensor = Present("bool", hint);
        if (tensor.dtype != ScalarType.Bool) Verdict.FailWithHint(hint, nameof(Messages.NotBoolean), tensor.dtype);
        return new(this);
    }

    /// <summary>The tensor still depends on the parameters: gradients can flow back through it.</summary>
    public AndConstraint<TensorAssertions> BeAttachedToTheGraph(string? hint = null)
    {
        var tensor = Present("…", hint);
        if (!tensor.requires_grad) Verdict.FailWithHint(hint, nameof(Messages.OutputDetached));
        return new(this);
    }
}

public static class TensorAssertionExtensions
{
    public static TensorAssertions Should(this Tensor? tensor) => new(tensor);
}
