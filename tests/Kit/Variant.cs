using Attention.Tests.Support.Checks;

namespace Attention.Tests.Kit;

/// <summary>
/// Kit only (never released): the reference written step by step, each step replaceable, so that a
/// mistake of the catalogue is the reference with one step changed. Every matrix product goes through
/// <see cref="MatMul"/>, which refuses incompatible shapes itself: libtorch 2.10 would abort the process.
/// </summary>
public sealed class Variant : IAttention
{
    public Func<Tensor, Tensor, Tensor> ScoresOf { get; init; } = (q, k) => MatMul(q, k.transpose(-2, -1));
    public Func<Tensor, long, Tensor> ScaleOf { get; init; } = (scores, dK) => scores / Math.Sqrt(dK);
    public Func<Tensor, Tensor> SoftmaxOf { get; init; } = scores => scores.softmax(-1);
    public Func<Tensor, Tensor, Tensor> OutputOf { get; init; } = (weights, v) => MatMul(weights, v);

    /// <summary>The d_k that Compute passes to Scale.</summary>
    public Func<Tensor, Tensor, Tensor, long> KeyDimensionOf { get; init; } = (_, k, _) => k.shape[^1];

    /// <summary>Compute's scaling step (a mistake may skip it while Scale itself is right).</summary>
    public Func<Variant, Tensor, long, Tensor>? ScaleInCompute { get; init; }

    /// <summary>Compute's masking, before the softmax.</summary>
    public Func<Tensor, Tensor, Tensor> MaskScores { get; init; } = (scores, mask) => scores.masked_fill(mask, double.NegativeInfinity);

    /// <summary>Compute's step after the softmax (a mistake may mask there instead).</summary>
    public Func<Tensor, Tensor, Tensor> MaskWeights { get; init; } = (weights, _) => weights;

    public Func<long, Tensor> CausalMaskOf { get; init; } = n => ones(n, n, dtype: ScalarType.Bool).triu(1);

    /// <summary>The module's Q, K and V from x and its projections.</summary>
    public Func<Tensor, Projections, (Tensor Q, Tensor K, Tensor V)> Project { get; init; } = (x, p) =>
        (nn.functional.linear(x, p.Wq, p.Bq), nn.functional.linear(x, p.Wk, p.Bk), nn.functional.linear(x, p.Wv, p.Bv));

    public bool DetachesOutput { get; init; }
    /// <summary>The distinct layers parameters() finds, a weight and a bias each (a layer in two fields counts once).</summary>
    public int RegisteredLayers { get; init; } = 3;

    public Tensor Scores(Tensor q, Tensor k) => ScoresOf(q, k);
    public Tensor Scale(Tensor scores, long dK) => ScaleOf(scores, dK);
    public Tensor Softmax(Tensor scaledScores) => SoftmaxOf(scaledScores);
    public Tensor Output(Tensor weights, Tensor v) => OutputOf(weights, v);
    public Tensor CausalMask(long seqLen) => CausalMaskOf(seqLen);

    public (Tensor Output, Tensor Weights) Compute(Tensor q, Tensor k, Tensor v, Tensor? mask)
    {
        var dK = KeyDimensionOf(q, k, v);
        var scores = Scores(q, k);
        var scaled = ScaleInCompute is null ? Scale(scores, dK) : ScaleInCompute(this, scores, dK);
        if (mask is not null) scaled = MaskScores(scaled, mask);
        var weights = Softmax(scaled);
        if (mask is not null) weights = MaskWeights(weights, mask);
        return (Output(weights, v), weights);
    }

    public (Tensor Output, Tensor Weights, bool RequiresGrad) Module(Tensor x, Projections projections)
    {
        var (q, k, v) = Project(x, projections);
        var (output, weights) = Compute(q, k, v, null);
        return (output, weights, !DetachesOutput);
    }

    public long ParameterCount(long embedDim) => 2 * RegisteredLayers;

    /// <summary>a.matmul(b), or the error libtorch would raise for these shapes, raised here without calling it.</summary>
    public static Tensor MatMul(Tensor a, Tensor b)
    {
        if (!CanMultiply(a.shape, b.shape)) throw new MatmulShapeError(a.shape, b.shape);
        return a.matmul(b);
    }

    static bool CanMultiply(long[] a, long[] b)
    {
        if (a.Length == 0 || b.Length == 0) return false;
        var inner = b.Length == 1 ? b[0] : b[^2];
        if (a[^1] != inner) return false;
        var (batchA, batchB) = (a.Length > 2 ? a[..^2] : [], b.Length > 2 ? b[..^2] : []);
        for (var i = 1; i <= Math.Min(batchA.Length, batchB.Length); i++)
            if (batchA[^i] != batchB[^i] && batchA[^i] != 1 && batchB[^i] != 1) return false;
        return true;
    }
}

/// <summary>The shapes of a matrix product that cannot be computed (what a mistake's case records).</summary>
public sealed class MatmulShapeError(long[] left, long[] right)
    : Exception($"matmul: shapes ({string.Join(", ", left)}) and ({string.Join(", ", right)}) cannot be multiplied")
{
    public long[] Left { get; } = left;
    public long[] Right { get; } = right;
}
