using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Attention;

/// <summary>Self-attention: the embeddings projected to Q, K and V by learned layers (TP 01, section 7).</summary>
public sealed class SelfAttention : nn.Module<Tensor, (Tensor Output, Tensor Weights)>
{
    public readonly Linear W_q;
    public readonly Linear W_k;
    public readonly Linear W_v;

    public long EmbedDim { get; }

    public SelfAttention(long embedDim) : base(nameof(SelfAttention))
    {
        EmbedDim = embedDim;
        W_q = nn.Linear(embedDim, embedDim);
        W_k = W_q; // one layer for both projections
        W_v = nn.Linear(embedDim, embedDim);
        RegisterComponents();
    }

    /// <summary>Exercise 6: x of shape (batch, seq, embedDim) → output (batch, seq, embedDim), weights (batch, seq, seq).</summary>
    public override (Tensor Output, Tensor Weights) forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        var (output, weights) = ScaledDotProductAttention.Compute(W_q.forward(x), W_k.forward(x), W_v.forward(x));
        return (output.MoveToOuterDisposeScope(), weights.MoveToOuterDisposeScope());
    }
}
