namespace Attention.Tests.Exercises;

/// <summary>Exercice 3 : le softmax sur la dernière dimension. Calls only Softmax (Checks/ex3.json).</summary>
[Exercise("ex3")]
public sealed partial class Ex3SoftmaxTests
{
    [Fact]
    public void The_weights_of_dort_are_the_true_softmax_of_its_scaled_scores()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex3.dort").Verify(r => r["weights"].Should().BeCloseTo(tensor(LeChatDort.WeightsDort).unsqueeze(0), 1e-4, nameof(Messages.HintTrueSoftmax)));
    }

    [Fact]
    public void Rows_of_the_weights_sum_to_one()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex3.square").Verify(r => r["weights"].Should().HaveRowsSummingToOne(hint: nameof(Messages.HintSoftmaxLastDim)));
    }

    [Fact]
    public void Rows_of_batched_weights_sum_to_one()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex3.batch").Verify(r => r["weights"].Should().HaveShape(2, 5, 5).And.HaveRowsSummingToOne(hint: nameof(Messages.HintSoftmaxLastDim)));
    }

    [Fact]
    public void Each_row_is_the_softmax_of_that_row()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex3.two-by-five").Verify(r => r["weights"].Should().BeCloseTo(r.Expected("weights"), 1e-6, nameof(Messages.HintSoftmaxLastDim)));
    }

    [Fact]
    public void Each_row_of_a_batch_is_the_softmax_of_that_row()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex3.batch-uneven").Verify(r => r["weights"].Should().BeCloseTo(r.Expected("weights"), 1e-6, nameof(Messages.HintSoftmaxLastDim)));
    }

    [Fact]
    public void Equal_scores_give_equal_weights()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex3.equal").Verify(r => r["weights"].Should().BeCloseTo(full(2, 4, 0.25), 1e-6, nameof(Messages.HintSoftmaxLastDim)));
    }

    [Fact]
    public void Scores_of_plus_or_minus_1000_give_finite_weights()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex3.thousand").Verify(r => r["weights"].Should().BeFinite(nameof(Messages.HintSoftmaxStable)));
    }

    [Fact]
    public void Scores_of_plus_or_minus_1000_give_the_exact_weights()
    {
        using var scope = NewDisposeScope();
        // Row 2: e¹ / (e¹ + e⁰) = 0.7311 and 1 / (e¹ + 1) = 0.2689, the −1000 vanishes.
        Check.Of("ex3.thousand").Verify(r => r["weights"].Should().BeCloseTo(tensor(new[,] { { 1.0, 0.0, 0.0 }, { 0.0, 0.7310586, 0.2689414 } }), 1e-5, nameof(Messages.HintSoftmaxStable)));
    }

    [Fact]
    public void The_input_scores_are_left_unchanged()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex3.square").Verify(r => r["scoresAfter"].Should().Unchanged("scaledScores", r.Expected("scoresAfter")));
    }
}
