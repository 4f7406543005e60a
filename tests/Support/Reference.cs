namespace Attention.Tests.Support;

/// <summary>
/// What the tests compare against, computed with libtorch's own operations, never with the code
/// under test: softmax(QKᵀ/√d_k)·V and the handout's entropy (section 5).
/// </summary>
public static class Reference
{
    public static Tensor Weights(Tensor q, Tensor k, Tensor? mask = null)
    {
        var scores = q.matmul(k.transpose(-2, -1)) / Math.Sqrt(k.shape[^1]);
        if (mask is not null) scores = scores.masked_fill(mask, double.NegativeInfinity);
        return scores.softmax(-1);
    }

    public static Tensor Output(Tensor q, Tensor k, Tensor v, Tensor? mask = null) => Weights(q, k, mask).matmul(v);

    /// <summary>Mean entropy of the rows: about ln(n) when spread over n tokens, near 0 when peaked.</summary>
    public static double Entropy(Tensor p) => (-(p * p.clamp(min: 1e-9).log()).sum(-1).mean()).item<float>();

    /// <summary>Random tensors from a fixed seed, so that a failure is the same at every run.</summary>
    public static Tensor Random(long seed, params long[] shape)
    {
        using var generator = new Generator((ulong)seed);
        return randn(shape, generator: generator);
    }
}
