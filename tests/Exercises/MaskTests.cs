namespace Attention.Tests.Exercises;

/// <summary>Bonus : le masque causal (section 10).</summary>
[Exercise("mask")]
public sealed partial class MaskTests
{
    /// <summary>The causal mask written by hand, so that Compute's tests do not depend on CausalMask.</summary>
    static Tensor HandMask(long n) => ones(n, n, dtype: ScalarType.Bool).triu(1);

    [Fact]
    public void The_causal_mask_hides_exactly_the_future()
    {
        using var scope = NewDisposeScope();
        var mask = ScaledDotProductAttention.CausalMask(5);
        mask.Should().HaveShape(5, 5);
        Expect.That(mask.dtype == ScalarType.Bool, "MaskNotBoolean", mask.dtype);
        Expect.That(mask.SameAs(HandMask(5)), "MaskWrong", TensorText.Values(mask.to_type(ScalarType.Int32)));
    }

    [Fact]
    public void The_diagonal_is_visible()
    {
        using var scope = NewDisposeScope();
        var mask = ScaledDotProductAttention.CausalMask(4);
        Expect.That(!mask.diagonal().any().item<bool>(), "DiagonalMasked");
    }

    [Fact]
    public void Masked_weights_are_exactly_zero_and_rows_still_sum_to_one()
    {
        using var scope = NewDisposeScope();
        var x = Reference.Random(50, 5, 8);
        var (_, weights) = ScaledDotProductAttention.Compute(x, x, x, HandMask(5));
        Expect.That(weights.masked_select(HandMask(5)).eq(0).all().item<bool>(), "MaskedWeightNotZero", TensorText.Values(weights));
        weights.Should().HaveRowsSummingToOne().And.BeCloseTo(Reference.Weights(x, x, HandMask(5)), 1e-5);
    }

    [Fact]
    public void The_first_token_attends_only_to_itself()
    {
        using var scope = NewDisposeScope();
        var x = Reference.Random(51, 4, 8);
        var (_, weights) = ScaledDotProductAttention.Compute(x, x, x, HandMask(4));
        weights[0].Should().BeCloseTo([1.0, 0, 0, 0], 1e-6);
    }

    [Fact]
    public void A_later_token_does_not_change_an_earlier_output()
    {
        using var scope = NewDisposeScope();
        var (q, k, v) = (Reference.Random(52, 5, 8), Reference.Random(53, 5, 8), Reference.Random(54, 5, 8));
        var before = ScaledDotProductAttention.Compute(q, k, v, HandMask(5)).Output;
        var changed = v.clone();
        changed[4] = Reference.Random(55, 8) * 10;
        var after = ScaledDotProductAttention.Compute(q, k, changed, HandMask(5)).Output;
        after[..4].Should().BeCloseTo(before[..4], 1e-6);
    }

    [Fact]
    public void A_batch_shares_one_mask()
    {
        using var scope = NewDisposeScope();
        var x = Reference.Random(56, 2, 5, 8);
        var (_, weights) = ScaledDotProductAttention.Compute(x, x, x, HandMask(5));
        weights.Should().HaveShape(2, 5, 5).And.BeCloseTo(Reference.Weights(x, x, HandMask(5)), 1e-5);
    }
}
