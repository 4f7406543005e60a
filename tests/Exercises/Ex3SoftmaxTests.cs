namespace Attention.Tests.Exercises;

/// <summary>Exercice 3 : le softmax sur la dernière dimension. Calls only Softmax.</summary>
[Exercise("ex3")]
public sealed partial class Ex3SoftmaxTests
{
    [Fact]
    public void The_weights_of_dort_are_the_true_softmax_of_its_scaled_scores()
    {
        using var scope = NewDisposeScope();
        var weights = ScaledDotProductAttention.Softmax(tensor(new float[,] { { 0.18f, 0.37f, 0.205f } }));
        weights.Should().BeCloseTo(tensor(LeChatDort.WeightsDort).unsqueeze(0), 1e-4, "HintTrueSoftmax");
    }

    [Fact]
    public void Rows_of_the_weights_sum_to_one()
    {
        using var scope = NewDisposeScope();
        manual_seed(31);
        var weights = ScaledDotProductAttention.Softmax(3 * randn(4, 4));
        weights.Should().HaveRowsSummingToOne(hint: "HintSoftmaxLastDim");
    }

    [Fact]
    public void Rows_of_batched_weights_sum_to_one()
    {
        using var scope = NewDisposeScope();
        manual_seed(32);
        var weights = ScaledDotProductAttention.Softmax(3 * randn(2, 5, 5));
        weights.Should().HaveShape(2, 5, 5).And.HaveRowsSummingToOne(hint: "HintSoftmaxLastDim");
    }

    [Fact]
    public void Each_row_is_the_softmax_of_that_row()
    {
        using var scope = NewDisposeScope();
        manual_seed(33);
        var scores = randn(2, 5);
        var weights = ScaledDotProductAttention.Softmax(scores);
        weights.Should().BeCloseTo(Reference.RowSoftmax(scores), 1e-6, "HintSoftmaxLastDim");
    }

    [Fact]
    public void Each_row_of_a_batch_is_the_softmax_of_that_row()
    {
        using var scope = NewDisposeScope();
        manual_seed(34);
        var scores = randn(2, 3, 4);
        var weights = ScaledDotProductAttention.Softmax(scores);
        weights.Should().BeCloseTo(Reference.RowSoftmax(scores), 1e-6, "HintSoftmaxLastDim");
    }

    [Fact]
    public void Equal_scores_give_equal_weights()
    {
        using var scope = NewDisposeScope();
        var weights = ScaledDotProductAttention.Softmax(full(2, 4, 0.7f));
        weights.Should().BeCloseTo(full(2, 4, 0.25), 1e-6, "HintSoftmaxLastDim");
    }

    [Fact]
    public void Scores_of_plus_or_minus_1000_give_finite_weights()
    {
        using var scope = NewDisposeScope();
        var weights = ScaledDotProductAttention.Softmax(tensor(new float[,] { { 1000, -1000, 0 }, { -1000, 1000, 999 } }));
        weights.Should().BeFinite("HintSoftmaxStable");
    }

    [Fact]
    public void Scores_of_plus_or_minus_1000_give_the_exact_weights()
    {
        using var scope = NewDisposeScope();
        var weights = ScaledDotProductAttention.Softmax(tensor(new float[,] { { 1000, -1000, 0 }, { -1000, 1000, 999 } }));
        // Row 2: e¹ / (e¹ + e⁰) = 0.7311 and 1 / (e¹ + 1) = 0.2689, the −1000 vanishes.
        weights.Should().BeCloseTo(tensor(new[,] { { 1.0, 0.0, 0.0 }, { 0.0, 0.7310586, 0.2689414 } }), 1e-5, "HintSoftmaxStable");
    }

    [Fact]
    public void The_input_scores_are_left_unchanged()
    {
        using var scope = NewDisposeScope();
        manual_seed(35);
        var scores = randn(3, 3);
        var before = InputSnapshot.Of(("scaledScores", scores));
        ScaledDotProductAttention.Softmax(scores);
        before.ShouldBeUnchanged();
    }
}
