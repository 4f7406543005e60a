namespace Attention.Tests.Exercises;

/// <summary>Exercice 1 : les scores QKᵀ (section 3).</summary>
[Exercise("ex1")]
public sealed partial class Ex1ScoresTests
{
    [Fact]
    public void A_3x4_query_and_key_give_3x3_scores()
    {
        using var scope = NewDisposeScope();
        ScaledDotProductAttention.Scores(Reference.Random(1, 3, 4), Reference.Random(2, 3, 4)).Should().HaveShape(3, 3);
    }

    [Fact]
    public void The_scores_of_dort_match_the_handout()
    {
        using var scope = NewDisposeScope();
        ScaledDotProductAttention.Scores(LeChatDort.Q, LeChatDort.K)[2].Should().BeCloseTo(LeChatDort.ScoresDort, 1e-5);
    }

    [Fact]
    public void Every_score_is_the_dot_product_of_a_query_and_a_key()
    {
        using var scope = NewDisposeScope();
        var q = Reference.Random(3, 3, 4);
        var k = Reference.Random(4, 3, 4);
        ScaledDotProductAttention.Scores(q, k).Should().BeCloseTo(q.matmul(k.t()));
    }

    [Fact]
    public void More_queries_than_keys_give_one_row_per_query_and_one_column_per_key()
    {
        using var scope = NewDisposeScope();
        var q = Reference.Random(5, 5, 3);
        var k = Reference.Random(6, 2, 3);
        ScaledDotProductAttention.Scores(q, k).Should().BeCloseTo(q.matmul(k.t()));
    }

    [Fact]
    public void Batched_inputs_give_batched_scores()
    {
        using var scope = NewDisposeScope();
        var q = Reference.Random(7, 2, 5, 32);
        var k = Reference.Random(8, 2, 5, 32);
        ScaledDotProductAttention.Scores(q, k).Should().HaveShape(2, 5, 5).And.BeCloseTo(q.matmul(k.transpose(1, 2)), 1e-4);
    }

    [Fact]
    public void Batched_non_square_inputs_transpose_only_the_last_two_axes()
    {
        using var scope = NewDisposeScope();
        var q = Reference.Random(9, 2, 3, 4);
        var k = Reference.Random(10, 2, 5, 4);
        ScaledDotProductAttention.Scores(q, k).Should().BeCloseTo(q.matmul(k.transpose(1, 2)));
    }
}
