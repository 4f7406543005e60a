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
        W_k = nn.Linear(embedDim, embedDim);
        W_v = nn.Linear(embedDim, embedDim);
        RegisterComponents();
    }

    /// <summary>Exercise 6: x of shape (batch, seq, embedDim) → output (batch, seq, embedDim), weights (batch, seq, seq).</summary>
    public override (Tensor Output, Tensor Weights) forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        var projected = new[] { W_q, W_k, W_v }.Select(layer => layer.forward(x)).ToArray();
        var result = ScaledDotProductAttention.Compute(projected[0], projected[1], projected[2]);
        return (result.Output.MoveToOuterDisposeScope(), result.Weights.MoveToOuterDisposeScope());
    }
}
