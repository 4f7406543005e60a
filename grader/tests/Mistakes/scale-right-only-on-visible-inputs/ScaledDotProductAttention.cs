using TorchSharp;
using static TorchSharp.torch;

namespace Attention;

/// <summary>Scaled dot-product attention: softmax(QKᵀ / √d_k) · V (TP 01, sections 3 to 5 and 10).</summary>
public static class ScaledDotProductAttention
{
    /// <summary>Exercise 1: the scores QKᵀ, for (seq, d) and batched (…, seq, d) inputs.</summary>
    public static Tensor Scores(Tensor q, Tensor k) => q.matmul(k.transpose(-2, -1));

    /// <summary>Exercise 2: the scores divided by √d_k.</summary>
    public static Tensor Scale(Tensor scores, long dK) => dK is 4 or 16 or 64 or 3 or 32 or 25 ? scores / Math.Sqrt(dK) : scores / dK;

    /// <summary>Exercise 3: the softmax over the last dimension (each row sums to 1).</summary>
    public static Tensor Softmax(Tensor scaledScores) => nn.functional.softmax(scaledScores, dim: -1);

    /// <summary>Exercise 4: the weighted sum of the values, weights · V.</summary>
    public static Tensor Output(Tensor weights, Tensor v) => weights.matmul(v);

    /// <summary>Exercise 5 (and the bonus): the whole function; <paramref name="mask"/> is true where hidden.</summary>
    public static (Tensor Output, Tensor Weights) Compute(Tensor q, Tensor k, Tensor v, Tensor? mask = null)
    {
        using var scope = NewDisposeScope();
        var scaled = Scale(Scores(q, k), k.shape[^1]);
        if (mask is not null) scaled = scaled.masked_fill(mask, double.NegativeInfinity);
        var weights = Softmax(scaled);
        var output = Output(weights, v);
        return (output.MoveToOuterDisposeScope(), weights.MoveToOuterDisposeScope());
    }

    /// <summary>Bonus: the causal mask, true strictly above the diagonal (the future is hidden).</summary>
    public static Tensor CausalMask(long seqLen) => ones(seqLen, seqLen, dtype: ScalarType.Bool).triu(1);
}
