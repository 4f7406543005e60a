namespace Attention.Tests.Exercises;

/// <summary>Hidden from students: random inputs against libtorch's own scaled_dot_product_attention.</summary>
public sealed partial class Ex5ComputeTests
{
    [Theory]
    [InlineData(501, 1, 6, 6, 8, 8)]
    [InlineData(502, 2, 3, 7, 16, 5)]
    [InlineData(503, 3, 9, 4, 2, 12)]
    public void Random_inputs_match_libtorch_scaled_dot_product_attention(int seed, long batch, long seqQ, long seqK, long dK, long dV)
    {
        using var scope = NewDisposeScope();
        manual_seed(seed);
        var (q, k, v) = (randn(batch, seqQ, dK), randn(batch, seqK, dK), randn(batch, seqK, dV));
        var (output, _) = ScaledDotProductAttention.Compute(q, k, v);
        output.Should().BeCloseTo(nn.functional.scaled_dot_product_attention(q, k, v), 1e-4, nameof(Messages.HintComputeSteps));
    }
}
