namespace Attention.Tests.Exercises;

/// <summary>Exercice 2 : le scaling ÷√d_k.</summary>
[Exercise("ex2")]
public sealed partial class Ex2ScaleTests
{
    [Fact]
    public void The_scaled_scores_of_dort_match_the_handout()
    {
        using var scope = NewDisposeScope();
        ScaledDotProductAttention.Scale(tensor(LeChatDort.ScoresDort), 4).Should().BeCloseTo(LeChatDort.ScaledDort, 1e-6);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(512)]
    public void Scores_are_divided_by_the_square_root_of_d_k(long dK)
    {
        using var scope = NewDisposeScope();
        var scores = Reference.Random(dK, 3, 5);
        ScaledDotProductAttention.Scale(scores, dK).Should().HaveShape(3, 5).And.BeCloseTo(scores / Math.Sqrt(dK), 1e-5);
    }

    [Fact]
    public void The_scores_given_are_left_unchanged()
    {
        using var scope = NewDisposeScope();
        var scores = Reference.Random(11, 4, 4);
        var before = scores.clone();
        ScaledDotProductAttention.Scale(scores, 16);
        Expect.That(scores.SameAs(before), "InputModified", "scores");
    }

    [Fact]
    public void Batched_scores_are_scaled_too()
    {
        using var scope = NewDisposeScope();
        var scores = Reference.Random(12, 2, 5, 5);
        ScaledDotProductAttention.Scale(scores, 32).Should().BeCloseTo(scores / Math.Sqrt(32), 1e-5);
    }
}
