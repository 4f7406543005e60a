namespace Attention.Tests.Exercises;

/// <summary>
/// Hidden from students: random inputs of shapes no visible case has, against libtorch's einsum. Code
/// that recognises the visible cases (their shapes, their values) and answers them alone loses here.
/// </summary>
public sealed partial class Ex1ScoresTests
{
    [Theory]
    [InlineData(111, new long[] { 7, 5 }, new long[] { 9, 5 })]
    [InlineData(112, new long[] { 3, 4, 6 }, new long[] { 3, 2, 6 })]
    [InlineData(113, new long[] { 4, 1, 3 }, new long[] { 4, 8, 3 })]
    public void Random_inputs_give_libtorch_scores(int seed, long[] qShape, long[] kShape)
    {
        using var scope = NewDisposeScope();
        manual_seed(seed);
        var (q, k) = (randn(qShape), randn(kShape));
        // Expected first, and the student's code gets copies: what it does to its inputs changes nothing here.
        var expected = einsum("...qd,...kd->...qk", q, k);
        ScaledDotProductAttention.Scores(q.clone(), k.clone()).Should().BeCloseTo(expected, 1e-4, nameof(Messages.HintScoresDots));
    }
}
