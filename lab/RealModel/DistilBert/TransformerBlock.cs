using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Attention.Lab.RealModel.DistilBert;

/// <summary>One encoder layer, post-LN: x = LN(x + attention(x)); x = LN(x + ffn(x)).</summary>
public sealed class TransformerBlock : nn.Module<Tensor, Tensor, AttentionFunction, (Tensor Output, Tensor Weights)>
{
    public readonly MultiHeadSelfAttention attention;
    public readonly LayerNorm sa_layer_norm;
    public readonly FeedForward ffn;
    public readonly LayerNorm output_layer_norm;

    public TransformerBlock(long dim, long heads, long hidden, double eps) : base(nameof(TransformerBlock))
    {
        attention = new MultiHeadSelfAttention(dim, heads);
        sa_layer_norm = nn.LayerNorm(dim, eps);
        ffn = new FeedForward(dim, hidden);
        output_layer_norm = nn.LayerNorm(dim, eps);
        RegisterComponents();
    }

    /// <summary>x (batch, seq, dim) → (batch, seq, dim), and this layer's weights (batch, heads, seq, seq).</summary>
    public override (Tensor Output, Tensor Weights) forward(Tensor x, Tensor mask, AttentionFunction attend)
    {
        using var scope = NewDisposeScope();
        var (attended, weights) = attention.forward(x, mask, attend);
        var h = sa_layer_norm.forward(x + attended);
        var output = output_layer_norm.forward(h + ffn.forward(h));
        return (output.MoveToOuterDisposeScope(), weights.MoveToOuterDisposeScope());
    }
}
