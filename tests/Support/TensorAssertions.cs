using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace Attention.Tests.Support;

/// <summary>Assertions on tensors that read like the handout: shape, values, rows summing to 1.</summary>
public sealed class TensorAssertions(Tensor? subject)
    : ReferenceTypeAssertions<Tensor?, TensorAssertions>(subject)
{
    protected override string Identifier => "tensor";

    /// <summary>Fails with a student-facing message: <paramref name="key"/> in Messages.resx.</summary>
    static void Fail(string key, params object?[] args) =>
        Execute.Assertion.FailWith(Escape(Feedback.Text(key, args)));

    static string Escape(string message) => message.Replace("{", "{{").Replace("}", "}}");

    Tensor Present(string what)
    {
        if (Subject is null) Fail("TensorIsNull", what);
        return Subject!;
    }

    public AndConstraint<TensorAssertions> HaveShape(params long[] expected)
    {
        var tensor = Present(TensorText.Shape(expected));
        if (!tensor.shape.SequenceEqual(expected))
            Fail("ShapeMismatch", TensorText.Shape(expected), TensorText.Shape(tensor));
        return new(this);
    }

    /// <summary>Same shape, and every value within <paramref name="tolerance"/> (absolute) of the expected one.</summary>
    public AndConstraint<TensorAssertions> BeCloseTo(Tensor expected, double tolerance = 1e-4)
    {
        HaveShape(expected.shape);
        using var scope = NewDisposeScope();
        var actual = Subject!.detach().cpu().to_type(ScalarType.Float64);
        var wanted = expected.detach().cpu().to_type(ScalarType.Float64);
        var gap = (actual - wanted).abs().nan_to_num(nan: double.PositiveInfinity);
        var worst = gap.flatten().argmax().item<long>();
        var worstGap = gap.flatten()[worst].item<double>();
        if (!(worstGap <= tolerance))
            Fail("ValuesMismatch", TensorText.Values(expected), TensorText.Values(Subject!),
                TensorText.Index(worst, expected.shape), TensorText.Number(worstGap), TensorText.Number(tolerance));
        return new(this);
    }

    public AndConstraint<TensorAssertions> BeCloseTo(double[] expected, double tolerance = 1e-4) =>
        BeCloseTo(tensor(expected, ScalarType.Float64), tolerance);

    /// <summary>Every row (last dimension) sums to 1: the weights are a probability distribution.</summary>
    public AndConstraint<TensorAssertions> HaveRowsSummingToOne(double tolerance = 1e-5)
    {
        var tensor = Present("…");
        using var scope = NewDisposeScope();
        var sums = tensor.detach().to_type(ScalarType.Float64).sum(-1).flatten();
        var gap = (sums - 1).abs().nan_to_num(nan: double.PositiveInfinity);
        var worst = gap.argmax().item<long>();
        if (!(gap[worst].item<double>() <= tolerance))
            Fail("RowDoesNotSumToOne", TensorText.Index(worst, tensor.shape[..^1]), TensorText.Number(sums[worst].item<double>()));
        return new(this);
    }

    /// <summary>No NaN and no ±∞ anywhere (numerical stability).</summary>
    public AndConstraint<TensorAssertions> BeFinite()
    {
        var tensor = Present("…");
        using var scope = NewDisposeScope();
        var bad = tensor.detach().isfinite().logical_not().flatten();
        if (bad.any().item<bool>())
            Fail("NotFinite", TensorText.Index(bad.to_type(ScalarType.Int64).argmax().item<long>(), tensor.shape), TensorText.Values(tensor));
        return new(this);
    }

    /// <summary>The exact same values as <paramref name="expected"/> (and its shape).</summary>
    public AndConstraint<TensorAssertions> Equal(Tensor expected) => BeCloseTo(expected, 0.0);
}

public static class TensorAssertionExtensions
{
    public static TensorAssertions Should(this Tensor? tensor) => new(tensor);
}
