namespace Attention.Tests.Exercises;

// Hidden tests (assignment.json, hiddenTestFiles): graded by instructors, not in the student release.
public sealed partial class MaskTests
{
    [Fact]
    public void Masked_results_agree_with_libtorchs_own_causal_attention()
    {
        using var scope = NewDisposeScope();
        var (q, k, v) = (Reference.Random(70, 2, 6, 8), Reference.Random(71, 2, 6, 8), Reference.Random(72, 2, 6, 8));
        var expected = nn.functional.scaled_dot_product_attention(q, k, v, is_casual: true);
        ScaledDotProductAttention.Compute(q, k, v, ScaledDotProductAttention.CausalMask(6)).Output.Should().BeCloseTo(expected, 1e-4);
    }
}
