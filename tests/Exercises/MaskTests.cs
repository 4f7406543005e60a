namespace Attention.Tests.Exercises;

/// <summary>
/// Bonus : le masque causal (handout, section 10). Every check of masked attention uses the student's
/// own CausalMask, so that a wrong mask (inverted, shifted, hiding the diagonal) loses most of the
/// bonus, and the diagnosis says whether the mask or its use in Compute is wrong (Checks/mask.json).
/// </summary>
[Exercise("mask")]
public sealed partial class MaskTests
{
    [Fact]
    public void The_causal_mask_of_5_tokens_is_a_5x5_boolean_tensor()
    {
        using var scope = NewDisposeScope();
        Check.Of("mask.causal-5").Verify(r => r["mask"].Should().HaveShape([5, 5], nameof(Messages.HintCausalMask)).And.BeBoolean(nameof(Messages.HintCausalMask)));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(6)]
    public void The_causal_mask_hides_exactly_the_future(int tokens)
    {
        using var scope = NewDisposeScope();
        Check.Of($"mask.causal-{tokens}").Verify(r => r["mask"].Should().Equal(r.Expected("mask"), nameof(Messages.HintCausalMask)));
    }

    [Fact]
    public void Masked_weights_are_exactly_zero()
    {
        using var scope = NewDisposeScope();
        Check.Of("mask.four-tokens").Verify(r =>
        {
            r["weights"].Should().HaveShape([4, 4], nameof(Messages.HintMaskFill));
            r["weights"]!.masked_select(r.Expected("mask")).Should().Equal(zeros(6), "ExpectedZeroWeights");
        });
    }

    [Fact]
    public void Rows_of_masked_weights_still_sum_to_one()
    {
        using var scope = NewDisposeScope();
        Check.Of("mask.four-tokens").Verify(r => r["weights"].Should().HaveRowsSummingToOne(hint: nameof(Messages.HintMaskFill)));
    }

    [Fact]
    public void The_first_token_attends_only_to_itself()
    {
        using var scope = NewDisposeScope();
        Check.Of("mask.four-tokens").Verify(r =>
        {
            r["weights"].Should().HaveShape([4, 4], nameof(Messages.HintFirstToken));
            r["weights"]![0].Should().BeCloseTo([1.0, 0.0, 0.0, 0.0], 1e-6, nameof(Messages.HintFirstToken));
        });
    }

    [Fact]
    public void An_output_row_ignores_a_change_in_a_later_value()
    {
        using var scope = NewDisposeScope();
        // The value of the last token is changed by +10: the first three output rows stay those of the unchanged input.
        Check.Of("mask.four-tokens-later-value-changed").Verify(r =>
        {
            r["output"].Should().HaveShape([4, 8], nameof(Messages.HintFutureIgnored));
            r["output"]![..3].Should().BeCloseTo(Check.Of("mask.four-tokens").Expected("output")[..3], 1e-5, nameof(Messages.HintFutureIgnored));
        });
    }

    [Fact]
    public void Masked_weights_are_the_softmax_with_the_future_set_to_minus_infinity()
    {
        using var scope = NewDisposeScope();
        Check.Of("mask.four-tokens").Verify(r => r["weights"].Should().BeCloseTo(r.Expected("weights"), 1e-5, nameof(Messages.HintMaskFill)));
    }

    [Fact]
    public void The_masked_output_mixes_only_past_and_present_values()
    {
        using var scope = NewDisposeScope();
        Check.Of("mask.six-tokens").Verify(r => r["output"].Should().BeCloseTo(r.Expected("output"), 1e-5, nameof(Messages.HintMaskFill)));
    }
}
