namespace Attention.Tests.Exercises;

/// <summary>Hidden from students: masked attention against libtorch's own scaled_dot_product_attention.</summary>
public sealed partial class MaskTests
{
    [Fact]
    public void Masked_attention_matches_libtorch_causal_scaled_dot_product_attention()
    {
        using var scope = NewDisposeScope();
        // 2-D and d_v = d_k, like the visible mask tests: only the masking is graded here.
        manual_seed(701);
        var (q, k, v) = (randn(6, 8), randn(6, 8), randn(6, 8));
        var hidden = ones(6, 6, dtype: ScalarType.Bool).triu(1);
        var (output, _) = ScaledDotProductAttention.Compute(q, k, v, hidden);
        // libtorch's boolean attn_mask is the other way round: true = may attend.
        var expected = nn.functional.scaled_dot_product_attention(q.unsqueeze(0), k.unsqueeze(0), v.unsqueeze(0), hidden.logical_not());
        output.Should().BeCloseTo(expected.squeeze(0), 1e-4, nameof(Messages.HintMaskFill));
    }
}
