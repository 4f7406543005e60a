namespace Attention.Tests.Kit;

/// <summary>
/// Kit only (never released): the expected results, written with libtorch's own operations so that no
/// expected value comes from the code under test. The hidden tests use it; the visible ones read data.
/// </summary>
public static class Reference
{
    /// <summary>softmax(QKᵀ/√d_k)·V, with −∞ where <paramref name="mask"/> is true; d_k is the keys' last dimension.</summary>
    public static (Tensor Output, Tensor Weights) Attention(Tensor q, Tensor k, Tensor v, Tensor? mask = null)
    {
        var scores = q.matmul(k.transpose(-2, -1)) / Math.Sqrt(k.shape[^1]);
        if (mask is not null) scores = scores.masked_fill(mask, double.NegativeInfinity);
        var weights = scores.softmax(-1);
        return (weights.matmul(v), weights);
    }

    /// <summary>Every dot product of a query row with a key row, by broadcasting rather than matmul.</summary>
    public static Tensor DotProducts(Tensor q, Tensor k) => (q.unsqueeze(-2) * k.unsqueeze(-3)).sum(-1);

    /// <summary>Every row of weights applied to the value rows, by broadcasting rather than matmul.</summary>
    public static Tensor WeightedSums(Tensor weights, Tensor v) => (weights.unsqueeze(-1) * v.unsqueeze(-3)).sum(-2);

    /// <summary>The softmax of each row, written out: exp(x − max) / Σ exp(x − max).</summary>
    public static Tensor RowSoftmax(Tensor x)
    {
        var shifted = (x - x.amax([-1], keepdim: true)).exp();
        return shifted / shifted.sum(-1, keepdim: true);
    }
}
