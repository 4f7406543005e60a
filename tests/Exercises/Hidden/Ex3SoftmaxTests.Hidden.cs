namespace Attention.Tests.Exercises;

/// <summary>Hidden from students: random scores of shapes no visible case has, large ones included, against libtorch's softmax.</summary>
public sealed partial class Ex3SoftmaxTests
{
    [Theory]
    [InlineData(131, new long[] { 6, 7 }, 1.0)]
    [InlineData(132, new long[] { 2, 3, 9 }, 5.0)]
    [InlineData(133, new long[] { 3, 4, 2 }, 300.0)]
    public void Random_scores_give_libtorch_softmax(int seed, long[] shape, double spread)
    {
        using var scope = NewDisposeScope();
        manual_seed(seed);
        var scores = randn(shape) * spread;
        var expected = nn.functional.softmax(scores, -1);
        ScaledDotProductAttention.Softmax(scores.clone()).Should().BeCloseTo(expected, 1e-5, nameof(Messages.HintSoftmaxLastDim));
    }
}
