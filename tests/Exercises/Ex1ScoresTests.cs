namespace Attention.Tests.Exercises;

/// <summary>Exercice 1 : les scores QKᵀ (handout, section 3). Calls only Scores, on the cases of Checks/ex1.json.</summary>
[Exercise("ex1")]
public sealed partial class Ex1ScoresTests
{
    [Fact]
    public void A_3x4_query_and_key_give_3x3_scores()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex1.square").Verify(r => r["scores"].Should().HaveShape([3, 3], nameof(Messages.HintScoresShape)));
    }

    [Fact]
    public void The_scores_of_dort_match_the_handout()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex1.dort").Verify(r =>
        {
            r["scores"].Should().HaveShape([3, 3], nameof(Messages.HintScoresShape));
            r["scores"]![2].Should().BeCloseTo(LeChatDort.ScoresDort, 1e-5, nameof(Messages.HintScoresDots));
        });
    }

    [Fact]
    public void Every_score_is_the_dot_product_of_a_query_and_a_key()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex1.square").Verify(r => r["scores"].Should().BeCloseTo(r.Expected("scores"), 1e-5, nameof(Messages.HintScoresDots)));
    }

    [Fact]
    public void Two_queries_and_five_keys_give_one_row_per_query_and_one_column_per_key()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex1.two-by-five").Verify(r => r["scores"].Should().BeCloseTo(r.Expected("scores"), 1e-5, nameof(Messages.HintScoresShape)));
    }

    [Fact]
    public void A_batch_of_2x5x32_gives_2x5x5_scores()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex1.batch").Verify(r => r["scores"].Should().HaveShape([2, 5, 5], nameof(Messages.HintBatchedTranspose)));
    }

    [Fact]
    public void Batched_scores_are_computed_within_each_batch_element()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex1.batch-uneven").Verify(r => r["scores"].Should().BeCloseTo(r.Expected("scores"), 1e-5, nameof(Messages.HintBatchedTranspose)));
    }
}
