namespace Attention.Tests.Exercises;

/// <summary>Exercice 5 : la fonction d'attention complète, sans masque (handout, sections 4 and 5; Checks/ex5.json).</summary>
[Exercise("ex5")]
public sealed partial class Ex5ComputeTests
{
    [Fact]
    public void Q_K_V_of_4x8_give_a_4x8_output()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex5.square").Verify(r => r["output"].Should().HaveShape([4, 8], nameof(Messages.HintComputeSteps)));
    }

    [Fact]
    public void Q_K_V_of_4x8_give_4x4_weights()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex5.square").Verify(r => r["weights"].Should().HaveShape([4, 4], nameof(Messages.HintComputeSteps)));
    }

    [Fact]
    public void A_batch_of_2x5x32_gives_a_2x5x32_output()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex5.batch").Verify(r => r["output"].Should().HaveShape([2, 5, 32], nameof(Messages.HintBatchedTranspose)));
    }

    [Fact]
    public void A_batch_of_2x5x32_gives_2x5x5_weights()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex5.batch").Verify(r => r["weights"].Should().HaveShape([2, 5, 5], nameof(Messages.HintBatchedTranspose)));
    }

    [Fact]
    public void Rows_of_the_weights_sum_to_one()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex5.square").Verify(r => r["weights"].Should().HaveRowsSummingToOne(hint: nameof(Messages.HintSoftmaxLastDim)));
    }

    [Fact]
    public void Rows_of_batched_weights_sum_to_one()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex5.batch").Verify(r => r["weights"].Should().HaveRowsSummingToOne(hint: nameof(Messages.HintSoftmaxLastDim)));
    }

    [Fact]
    public void The_weights_of_dort_are_the_true_softmax_of_its_scaled_scores()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex5.dort").Verify(r => r["weights"]![2].Should().BeCloseTo(LeChatDort.WeightsDort, 1e-4, nameof(Messages.HintTrueSoftmax)));
    }

    [Fact]
    public void The_output_of_dort_mixes_the_values_with_the_true_weights()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex5.dort").Verify(r => r["output"]![2].Should().BeCloseTo([.. LeChatDort.WeightsDort, 0.0], 1e-4, nameof(Messages.HintTrueSoftmax)));
    }

    [Fact]
    public void Random_inputs_give_the_softmax_of_QKt_over_the_square_root_of_d_k()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex5.square").Verify(r => r["weights"].Should().BeCloseTo(r.Expected("weights"), 1e-5, nameof(Messages.HintComputeSteps)));
    }

    [Fact]
    public void Random_inputs_give_the_weights_times_the_values()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex5.square").Verify(r => r["output"].Should().BeCloseTo(r.Expected("output"), 1e-5, nameof(Messages.HintComputeSteps)));
    }

    [Fact]
    public void Batched_random_inputs_give_the_reference_output()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex5.batch").Verify(r => r["output"].Should().BeCloseTo(r.Expected("output"), 1e-5, nameof(Messages.HintBatchedTranspose)));
    }

    [Fact]
    public void Two_queries_over_five_keys_give_the_reference_output()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex5.two-by-five").Verify(r => r["output"].Should().BeCloseTo(r.Expected("output"), 1e-5, nameof(Messages.HintComputeSteps)));
    }

    [Fact]
    public void The_scaling_uses_d_k_of_the_keys_not_of_the_values()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex5.values-wider").Verify(r => r["weights"].Should().BeCloseTo(r.Expected("weights"), 1e-5, nameof(Messages.HintDkFromKeys)));
    }

    [Fact]
    public void The_inputs_are_left_unchanged()
    {
        using var scope = NewDisposeScope();
        var check = Check.Of("ex5.square");
        var (q, k, v) = (check.Input("q"), check.Input("k"), check.Input("v"));
        var before = InputSnapshot.Of(("q", q), ("k", k), ("v", v));
        StudentCode.Run(() => ScaledDotProductAttention.Compute(q, k, v));
        before.ShouldBeUnchanged();
    }
}
