namespace Attention.Tests.Exercises;

/// <summary>
/// Bonus : le masque causal (handout, section 10). CausalMask is tested on its own; Compute gets a
/// mask written by hand, so that a wrong CausalMask cannot hide or cause a failure there.
/// </summary>
[Exercise("mask")]
public sealed partial class MaskTests
{
    /// <summary>The causal mask of 4 tokens, by hand: true (hidden) strictly above the diagonal.</summary>
    static Tensor FutureOf4 => tensor(new[,]
    {
        { false, true, true, true },
        { false, false, true, true },
        { false, false, false, true },
        { false, false, false, false },
    });

    /// <summary>4 tokens, d_k = d_v = 8: √d_k, d_k and the sequence length all differ.</summary>
    static (Tensor Q, Tensor K, Tensor V) FourTokens(int seed)
    {
        manual_seed(seed);
        return (randn(4, 8), randn(4, 8), randn(4, 8));
    }

    [Fact]
    public void The_causal_mask_of_5_tokens_is_5x5()
    {
        using var scope = NewDisposeScope();
        ScaledDotProductAttention.CausalMask(5).Should().HaveShape([5, 5], "HintCausalMask");
    }

    [Fact]
    public void The_causal_mask_is_boolean()
    {
        using var scope = NewDisposeScope();
        ScaledDotProductAttention.CausalMask(5).Should().BeBoolean("HintCausalMask");
    }

    [Fact]
    public void The_causal_mask_lets_each_token_see_itself()
    {
        using var scope = NewDisposeScope();
        var mask = ScaledDotProductAttention.CausalMask(5);
        mask.Should().HaveShape([5, 5], "HintCausalMask");
        mask.diagonal().Should().Equal(zeros(5), "HintCausalMask");
    }

    [Fact]
    public void The_causal_mask_hides_exactly_the_future()
    {
        using var scope = NewDisposeScope();
        ScaledDotProductAttention.CausalMask(4).Should().Equal(FutureOf4, "HintCausalMask");
    }

    [Fact]
    public void Masked_weights_are_exactly_zero()
    {
        using var scope = NewDisposeScope();
        var (q, k, v) = FourTokens(71);
        var (_, weights) = ScaledDotProductAttention.Compute(q, k, v, FutureOf4);
        weights.Should().HaveShape([4, 4], "HintMaskFill");
        weights.masked_select(FutureOf4).Should().Equal(zeros(6), "HintMaskFill");
    }

    [Fact]
    public void Rows_of_masked_weights_still_sum_to_one()
    {
        using var scope = NewDisposeScope();
        var (q, k, v) = FourTokens(72);
        var (_, weights) = ScaledDotProductAttention.Compute(q, k, v, FutureOf4);
        weights.Should().HaveRowsSummingToOne(hint: "HintMaskFill");
    }

    [Fact]
    public void The_first_token_attends_only_to_itself()
    {
        using var scope = NewDisposeScope();
        var (q, k, v) = FourTokens(73);
        var (_, weights) = ScaledDotProductAttention.Compute(q, k, v, FutureOf4);
        weights.Should().HaveShape([4, 4], "HintFirstToken");
        weights[0].Should().BeCloseTo([1.0, 0.0, 0.0, 0.0], 1e-6, "HintFirstToken");
    }

    [Fact]
    public void An_output_row_ignores_a_change_in_a_later_value()
    {
        using var scope = NewDisposeScope();
        var (q, k, v) = FourTokens(74);
        var changed = v.clone();
        changed[3] = changed[3] + 10;
        var (before, _) = ScaledDotProductAttention.Compute(q, k, v, FutureOf4);
        var (after, _) = ScaledDotProductAttention.Compute(q, k, changed, FutureOf4);
        after.Should().HaveShape([4, 8], "HintFutureIgnored");
        after[..3].Should().BeCloseTo(before[..3], 1e-6, "HintFutureIgnored");
    }

    [Fact]
    public void Masked_weights_are_the_softmax_with_the_future_set_to_minus_infinity()
    {
        using var scope = NewDisposeScope();
        var (q, k, v) = FourTokens(75);
        var (_, weights) = ScaledDotProductAttention.Compute(q, k, v, FutureOf4);
        weights.Should().BeCloseTo(Reference.Attention(q, k, v, FutureOf4).Weights, 1e-5, "HintMaskFill");
    }

    [Fact]
    public void The_masked_output_mixes_only_past_and_present_values()
    {
        using var scope = NewDisposeScope();
        var (q, k, v) = FourTokens(76);
        var (output, _) = ScaledDotProductAttention.Compute(q, k, v, FutureOf4);
        output.Should().BeCloseTo(Reference.Attention(q, k, v, FutureOf4).Output, 1e-5, "HintMaskFill");
    }
}
