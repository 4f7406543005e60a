namespace Attention.Tests.Exercises;

/// <summary>Exercice 5, section 5 of the handout: why divide by √d_k, measured by the entropy of the weights.</summary>
public sealed partial class Ex5ComputeTests
{
    [Fact]
    public void Weights_over_512_dimensions_are_as_spread_as_the_scaled_softmax()
    {
        using var scope = NewDisposeScope();
        var data = Section5.Create();
        var (_, weights) = ScaledDotProductAttention.Compute(data.Q, data.K, data.V);
        var entropy = Reference.Entropy(weights);
        Verdict.FailUnless(Math.Abs(entropy - data.ScaledEntropy) < 0.05, "EntropyNotScaled",
            TensorText.Number(data.ScaledEntropy), TensorText.Number(entropy), TensorText.Number(data.UnscaledEntropy));
    }

    [Fact]
    public void Weights_over_512_dimensions_are_not_peaked_like_the_unscaled_softmax()
    {
        using var scope = NewDisposeScope();
        var data = Section5.Create();
        var (_, weights) = ScaledDotProductAttention.Compute(data.Q, data.K, data.V);
        var entropy = Reference.Entropy(weights);
        Verdict.FailUnless(entropy > 1.5 && entropy > data.UnscaledEntropy + 1, "EntropyPeaked",
            TensorText.Number(entropy), TensorText.Number(data.UnscaledEntropy), TensorText.Number(data.ScaledEntropy));
    }

    /// <summary>10 tokens of dimension 512, and the entropies of softmax(QKᵀ) and softmax(QKᵀ/√512).</summary>
    sealed record Section5(Tensor Q, Tensor K, Tensor V, double UnscaledEntropy, double ScaledEntropy)
    {
        public static Section5 Create()
        {
            manual_seed(505);
            var (q, k, v) = (randn(10, 512), randn(10, 512), randn(10, 16));
            var scores = q.matmul(k.transpose(0, 1));
            var data = new Section5(q, k, v, Reference.Entropy(scores.softmax(-1)), Reference.Entropy((scores / Math.Sqrt(512)).softmax(-1)));
            // The handout's claim, on this data: peaked without scaling (≈ 0), spread with it (ln 10 ≈ 2.3 at most).
            if (!(data.UnscaledEntropy < 0.5 && data.ScaledEntropy > 1.5))
                throw new InvalidOperationException($"Section 5 data: entropies {data.UnscaledEntropy} and {data.ScaledEntropy}.");
            return data;
        }
    }
}
