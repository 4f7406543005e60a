namespace Attention.Tests.Exercises;

/// <summary>Exercice 3 : le softmax sur la dernière dimension.</summary>
[Exercise("ex3")]
public sealed partial class Ex3SoftmaxTests
{
    [Fact]
    public void The_weights_of_dort_are_the_true_softmax()
    {
        using var scope = NewDisposeScope();
        // The handout prints [0.26, 0.42, 0.32]: an erratum (docs/TP01.md, section 3).
        ScaledDotProductAttention.Softmax(tensor(LeChatDort.ScaledDort)).Should().BeCloseTo(LeChatDort.WeightsDort, 1e-4);
    }

    [Fact]
    public void Rows_of_the_weights_sum_to_one()
    {
        using var scope = NewDisposeScope();
        ScaledDotProductAttention.Softmax(Reference.Random(13, 3, 5)).Should().HaveShape(3, 5).And.HaveRowsSummingToOne();
    }

    [Fact]
    public void Rows_of_batched_weights_sum_to_one()
    {
        using var scope = NewDisposeScope();
        ScaledDotProductAttention.Softmax(Reference.Random(14, 2, 4, 4)).Should().HaveShape(2, 4, 4).And.HaveRowsSummingToOne();
    }

    [Fact]
    public void The_softmax_runs_along_the_last_dimension()
    {
        using var scope = NewDisposeScope();
        var scores = Reference.Random(15, 2, 3, 6);
        ScaledDotProductAttention.Softmax(scores).Should().BeCloseTo(scores.softmax(-1), 1e-5);
    }

    [Fact]
    public void Scores_of_plus_or_minus_1000_give_no_NaN()
    {
        using var scope = NewDisposeScope();
        var scores = tensor(new float[,] { { 1000, -1000, 999 }, { -1000, -1000, -1000 } });
        ScaledDotProductAttention.Softmax(scores).Should().BeFinite().And.BeCloseTo(scores.softmax(-1), 1e-5);
    }

    [Fact]
    public void The_scores_given_are_left_unchanged()
    {
        using var scope = NewDisposeScope();
        var scores = Reference.Random(16, 4, 4);
        var before = scores.clone();
        ScaledDotProductAttention.Softmax(scores);
        Expect.That(scores.SameAs(before), "InputModified", "scaledScores");
    }
}
