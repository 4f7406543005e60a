namespace Attention.Tests.Kit;

/// <summary>
/// Kit only: the catalogue of typical mistakes, each the reference with one step done wrong. Their
/// outputs on every case reach the suite as data (tests/Checks/*.json); their texts are in Mistakes.resx.
/// Order matters: on a case where two mistakes give the same outputs, the first one is kept.
/// </summary>
public static class MistakeCatalogue
{
    static Tensor Linear(Tensor x, Tensor w, Tensor b) => nn.functional.linear(x, w, b);

    public static readonly Variant Reference = new();

    public static readonly IReadOnlyList<(string Id, Variant Variant)> Entries =
    [
        ("scores-k-times-q", new() { ScoresOf = (q, k) => Variant.MatMul(k, q.transpose(-2, -1)) }),
        ("scores-qt-times-k", new() { ScoresOf = (q, k) => Variant.MatMul(q.transpose(0, 1), k) }),
        ("scores-t-method", new() { ScoresOf = (q, k) => Variant.MatMul(q, k.t()) }),
        ("scores-T-property", new() { ScoresOf = (q, k) => Variant.MatMul(q, k.T) }),
        ("scores-transpose-0-1", new() { ScoresOf = (q, k) => Variant.MatMul(q, k.transpose(0, 1)) }),

        ("no-scaling", new() { ScaleOf = (scores, _) => scores }),
        ("scale-by-dk", new() { ScaleOf = (scores, dK) => scores / dK }),
        ("scale-times-sqrt-dk", new() { ScaleOf = (scores, dK) => scores * Math.Sqrt(dK) }),
        ("scale-by-sequence-length", new() { ScaleOf = (scores, _) => scores / Math.Sqrt(scores.shape[^1]) }),
        ("scale-in-place", new() { ScaleOf = (scores, dK) => scores.div_(Math.Sqrt(dK)) }),
        ("dk-from-values", new() { KeyDimensionOf = (_, _, v) => v.shape[^1] }),
        ("dk-from-sequence", new() { KeyDimensionOf = (_, k, _) => k.shape[^2] }),

        ("softmax-columns", new() { SoftmaxOf = scores => scores.softmax(-2) }),
        ("softmax-batch", new() { SoftmaxOf = scores => scores.softmax(0) }),
        ("softmax-no-max-shift", new() { SoftmaxOf = scores => scores.exp() / scores.exp().sum(-1, keepdim: true) }),

        ("output-values-times-weights", new() { OutputOf = (weights, v) => Variant.MatMul(v, weights) }),
        ("output-transposed-weights", new() { OutputOf = (weights, v) => Variant.MatMul(weights.t(), v) }),

        ("mask-ignored", new() { MaskScores = (scores, _) => scores }),
        ("mask-inverted", new() { MaskScores = (scores, mask) => scores.masked_fill(mask.logical_not(), double.NegativeInfinity) }),
        ("mask-filled-with-zero", new() { MaskScores = (scores, mask) => scores.masked_fill(mask, 0.0) }),
        ("mask-after-softmax", new() { MaskScores = (scores, _) => scores, MaskWeights = (weights, mask) => weights.masked_fill(mask, 0.0) }),

        ("causal-mask-hides-the-diagonal", new() { CausalMaskOf = n => ones(n, n, dtype: ScalarType.Bool).triu(0) }),
        ("causal-mask-hides-the-past", new() { CausalMaskOf = n => ones(n, n, dtype: ScalarType.Bool).tril(-1) }),
        ("causal-mask-negated", new() { CausalMaskOf = n => ones(n, n, dtype: ScalarType.Bool).tril(0) }),
        ("causal-mask-shifted", new() { CausalMaskOf = n => ones(n, n, dtype: ScalarType.Bool).triu(2) }),

        ("module-not-registered", new() { RegisteredLayers = 0 }),
        ("module-shares-projection", new() { Project = (x, p) => (Linear(x, p.Wq, p.Bq), Linear(x, p.Wq, p.Bq), Linear(x, p.Wv, p.Bv)) }),
        // W_k = W_q, one Linear in both fields: it holds the weights loaded into it last, W_k's (StudentAttention.Module),
        // and TorchSharp's parameters() lists it once (4 parameters).
        ("module-shares-layer", new() { Project = (x, p) => (Linear(x, p.Wk, p.Bk), Linear(x, p.Wk, p.Bk), Linear(x, p.Wv, p.Bv)), RegisteredLayers = 2 }),
        ("module-skips-value-projection", new() { Project = (x, p) => (Linear(x, p.Wq, p.Bq), Linear(x, p.Wk, p.Bk), x) }),
        ("module-skips-projections", new() { Project = (x, _) => (x, x, x), DetachesOutput = true }), // nothing of the output depends on a parameter
        ("module-detaches-output", new() { DetachesOutput = true }),
    ];
}
