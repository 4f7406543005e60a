namespace Attention.Tests.Exercises;

/// <summary>Hidden from students: the module against libtorch's own scaled_dot_product_attention.</summary>
public sealed partial class Ex6SelfAttentionTests
{
    [Fact]
    public void The_output_matches_libtorch_scaled_dot_product_attention_over_the_projections()
    {
        using var scope = NewDisposeScope();
        manual_seed(601);
        using var module = new SelfAttention(24);
        var x = randn(3, 6, 24);
        var (output, _) = module.forward(x);
        var layers = module.Should();
        using var noGrad = no_grad();
        var expected = nn.functional.scaled_dot_product_attention(
            layers.Projection("W_q").forward(x), layers.Projection("W_k").forward(x), layers.Projection("W_v").forward(x));
        output.Should().BeCloseTo(expected, 1e-4, nameof(Messages.HintModuleAttention));
    }
}
