namespace Attention.Tests.Exercises;

/// <summary>Exercice 1 : les scores QKᵀ (handout, section 3).</summary>
[Exercise("ex1")]
public sealed class Ex1ScoresTests
{
    [Fact]
    public void A_3x4_query_and_key_give_3x3_scores()
    {
        using var scope = NewDisposeScope();
        var scores = ScaledDotProductAttention.Scores(randn(3, 4), randn(3, 4));
        scores.Should().HaveShape(3, 3);
    }

    [Fact]
    public void The_scores_of_le_chat_dort_match_the_handout()
    {
        using var scope = NewDisposeScope();
        var scores = ScaledDotProductAttention.Scores(LeChatDort.Q, LeChatDort.K);
        scores[2].Should().BeCloseTo(LeChatDort.ScoresDort, 1e-5);
    }
}
