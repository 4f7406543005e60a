using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Attention.Lab.RealModel.DistilBert;

/// <summary>
/// DistilBERT's self-attention with the softmax(QKᵀ/√d)·V itself left to the
/// <see cref="AttentionFunction"/> it is handed: the student's code runs inside the real model.
/// </summary>
public sealed class MultiHeadSelfAttention : nn.Module<Tensor, Tensor, AttentionFunction, (Tensor Output, Tensor Weights)>
{
    public readonly Linear q_lin;
    public readonly Linear k_lin;
    public readonly Linear v_lin;
    public readonly Linear out_lin;

    public long Heads { get; }

    public MultiHeadSelfAttention(long dim, long heads) : base(nameof(MultiHeadSelfAttention))
    {
        if (dim % heads != 0) throw new ArgumentException($"dim {dim} is not a multiple of {heads} heads", nameof(heads));
        Heads = heads;
        q_lin = nn.Linear(dim, dim);
        k_lin = nn.Linear(dim, dim);
        v_lin = nn.Linear(dim, dim);
        out_lin = nn.Linear(dim, dim);
        RegisterComponents();
    }

    /// <summary>
    /// x (batch, seq, dim), mask true on padding keys (batch, 1, 1, seq) →
    /// output (batch, seq, dim), weights (batch, heads, seq, seq).
    /// </summary>
    public override (Tensor Output, Tensor Weights) forward(Tensor x, Tensor mask, AttentionFunction attention)
    {
        using var scope = NewDisposeScope();
        var (output, weights) = attention(SplitHeads(q_lin.forward(x)), SplitHeads(k_lin.forward(x)), SplitHeads(v_lin.forward(x)), mask);
        var merged = output.transpose(1, 2).reshape(x.shape[0], x.shape[1], x.shape[2]);
        return (out_lin.forward(merged).MoveToOuterDisposeScope(), weights.MoveToOuterDisposeScope());
    }

    /// <summary>(batch, seq, dim) → (batch, heads, seq, dim / heads).</summary>
    Tensor SplitHeads(Tensor x) => x.view(x.shape[0], x.shape[1], Heads, x.shape[2] / Heads).transpose(1, 2);
}
