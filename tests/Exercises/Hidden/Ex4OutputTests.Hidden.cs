namespace Attention.Tests.Exercises;

/// <summary>Hidden from students: random weights and values of shapes no visible case has, against libtorch's einsum.</summary>
public sealed partial class Ex4OutputTests
{
    [Theory]
    [InlineData(141, new long[] { 6, 4 }, new long[] { 4, 7 })]
    [InlineData(142, new long[] { 3, 2, 5 }, new long[] { 3, 5, 6 })]
    [InlineData(143, new long[] { 4, 1, 3 }, new long[] { 4, 3, 2 })]
    public void Random_weights_and_values_give_libtorch_output(int seed, long[] weightsShape, long[] valuesShape)
    {
        using var scope = NewDisposeScope();
        manual_seed(seed);
        var (weights, v) = (nn.functional.softmax(randn(weightsShape), -1), randn(valuesShape));
        var expected = einsum("...qk,...kd->...qd", weights, v);
        ScaledDotProductAttention.Output(weights.clone(), v.clone()).Should().BeCloseTo(expected, 1e-4, nameof(Messages.HintWeightsTimesValues));
    }
}
