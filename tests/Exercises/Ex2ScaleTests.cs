namespace Attention.Tests.Exercises;

/// <summary>Exercice 2 : le scaling ÷√d_k. Calls only Scale, on scores made by hand (Checks/ex2.json).</summary>
[Exercise("ex2")]
public sealed partial class Ex2ScaleTests
{
    [Fact]
    public void The_scaled_scores_of_dort_match_the_handout()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex2.dort").Verify(r => r["scaled"].Should().BeCloseTo(tensor(new[,] { { 0.18, 0.37, 0.205 } }), 1e-6, nameof(Messages.HintSqrtDk)));
    }

    // 2 queries × 5 keys: the sequence lengths (2, 5) differ from every d_k and √d_k tested here.
    [Theory]
    [InlineData(16)]
    [InlineData(64)]
    [InlineData(3)]
    public void Scores_are_divided_by_the_square_root_of_d_k(long dK)
    {
        using var scope = NewDisposeScope();
        Check.Of($"ex2.hand-{dK}").Verify(r => r["scaled"].Should().BeCloseTo(r.Expected("scaled"), 1e-6, nameof(Messages.HintSqrtDk)));
    }

    [Fact]
    public void Batched_scores_keep_their_shape()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex2.batch").Verify(r => r["scaled"].Should().HaveShape(2, 5, 5));
    }

    [Fact]
    public void Batched_scores_are_all_divided_by_the_square_root_of_d_k()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex2.batch-25").Verify(r => r["scaled"].Should().BeCloseTo(r.Expected("scaled"), 1e-6, nameof(Messages.HintSqrtDk)));
    }

    [Fact]
    public void The_input_scores_are_left_unchanged()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex2.hand-16").Verify(r => r["scoresAfter"].Should().Unchanged("scores", r.Expected("scoresAfter")));
    }
}
