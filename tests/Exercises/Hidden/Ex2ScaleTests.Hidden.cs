namespace Attention.Tests.Exercises;

/// <summary>Hidden from students: d_k values no visible case uses (the visible ones are 3, 4, 16, 25, 32 and 64).</summary>
public sealed partial class Ex2ScaleTests
{
    [Theory]
    [InlineData(121, 8)]
    [InlineData(122, 2)]
    [InlineData(123, 100)]
    public void Random_scores_are_divided_by_the_square_root_of_any_d_k(int seed, long dK)
    {
        using var scope = NewDisposeScope();
        manual_seed(seed);
        var scores = randn(2, 3, 5) * 10;
        var expected = scores / Math.Sqrt(dK);
        ScaledDotProductAttention.Scale(scores.clone(), dK).Should().BeCloseTo(expected, 1e-4, nameof(Messages.HintSqrtDk));
    }
}
