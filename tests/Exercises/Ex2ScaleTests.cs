namespace Attention.Tests.Exercises;

/// <summary>Exercice 2 : le scaling ÷√d_k. Calls only Scale, on scores made by hand.</summary>
[Exercise("ex2")]
public sealed partial class Ex2ScaleTests
{
    // 2 queries × 5 keys: the sequence lengths (2, 5) differ from every d_k and √d_k tested below.
    static Tensor HandMadeScores => tensor(new float[,] { { 0.5f, -1.2f, 3.0f, 0.0f, 2.4f }, { -0.8f, 1.6f, 0.4f, -2.0f, 1.0f } });

    [Fact]
    public void The_scaled_scores_of_dort_match_the_handout()
    {
        using var scope = NewDisposeScope();
        var scaled = ScaledDotProductAttention.Scale(tensor(new float[,] { { 0.36f, 0.74f, 0.41f } }), 4);
        scaled.Should().BeCloseTo(tensor(new[,] { { 0.18, 0.37, 0.205 } }), 1e-6, "HintSqrtDk");
    }

    [Theory]
    [InlineData(16, 4.0)]
    [InlineData(64, 8.0)]
    [InlineData(3, 1.7320508075688772)]
    public void Scores_are_divided_by_the_square_root_of_d_k(long dK, double squareRoot)
    {
        using var scope = NewDisposeScope();
        var scaled = ScaledDotProductAttention.Scale(HandMadeScores, dK);
        scaled.Should().BeCloseTo(HandMadeScores / squareRoot, 1e-6, "HintSqrtDk");
    }

    [Fact]
    public void Batched_scores_keep_their_shape()
    {
        using var scope = NewDisposeScope();
        manual_seed(21);
        var scaled = ScaledDotProductAttention.Scale(randn(2, 5, 5), 32);
        scaled.Should().HaveShape(2, 5, 5);
    }

    [Fact]
    public void Batched_scores_are_all_divided_by_the_square_root_of_d_k()
    {
        using var scope = NewDisposeScope();
        manual_seed(22);
        var scores = randn(2, 3, 3);
        var scaled = ScaledDotProductAttention.Scale(scores, 25);
        scaled.Should().BeCloseTo(scores * 0.2, 1e-6, "HintSqrtDk");
    }

    [Fact]
    public void The_input_scores_are_left_unchanged()
    {
        using var scope = NewDisposeScope();
        var scores = HandMadeScores;
        var before = InputSnapshot.Of(("scores", scores));
        ScaledDotProductAttention.Scale(scores, 16);
        before.ShouldBeUnchanged();
    }
}
