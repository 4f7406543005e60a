namespace Attention.Tests.Exercises;

// Hidden tests (assignment.json, hiddenTestFiles): graded by instructors, not in the student release.
public sealed partial class Ex5ComputeTests
{
    [Theory]
    [InlineData(60, 1, 6, 16)]
    [InlineData(61, 3, 9, 8)]
    [InlineData(62, 2, 12, 64)]
    public void Results_agree_with_libtorchs_own_attention(long seed, long batch, long seq, long d)
    {
        using var scope = NewDisposeScope();
        var (q, k, v) = (Reference.Random(seed, batch, seq, d), Reference.Random(seed + 100, batch, seq, d), Reference.Random(seed + 200, batch, seq, d));
        var expected = nn.functional.scaled_dot_product_attention(q, k, v);
        ScaledDotProductAttention.Compute(q, k, v).Output.Should().BeCloseTo(expected, 1e-4);
    }
}
