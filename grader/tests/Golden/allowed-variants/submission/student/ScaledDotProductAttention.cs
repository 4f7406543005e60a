using System.Globalization;
using System.IO;
using System.Text;
using TorchSharp;
using static TorchSharp.torch;

namespace Attention;

/// <summary>
/// A correct submission written other ways than the reference: einsum, a hand-written softmax,
/// -1e9 for the mask, LINQ, tuples, formatted exceptions and debugging output. The allow-list must
/// refuse none of it (a using of System.IO alone costs nothing either).
/// </summary>
public static class ScaledDotProductAttention
{
    public static Tensor Scores(Tensor q, Tensor k) => torch.einsum("...qd,...kd->...qk", q, k);

    public static Tensor Scale(Tensor scores, long dK)
    {
        if (dK <= 0)
            throw new ArgumentOutOfRangeException(nameof(dK), string.Format(CultureInfo.InvariantCulture, "d_k = {0} : une dimension doit être positive", dK));
        return scores / Math.Sqrt(dK);
    }

    public static Tensor Softmax(Tensor scaledScores)
    {
        using var scope = NewDisposeScope();
        var shifted = scaledScores - scaledScores.amax(new long[] { -1 }, keepdim: true);
        var exps = shifted.exp();
        return (exps / exps.sum(-1, keepdim: true)).MoveToOuterDisposeScope();
    }

    public static Tensor Output(Tensor weights, Tensor v) => weights.matmul(v);

    public static (Tensor Output, Tensor Weights) Compute(Tensor q, Tensor k, Tensor v, Tensor? mask = null)
    {
        using var scope = NewDisposeScope();
        var dK = k.shape[^1];
        var batch = string.Join("x", k.shape[..^2].Select(d => d.ToString(CultureInfo.InvariantCulture)));
        Console.WriteLine($"Compute: batch [{batch}], d_k = {dK}");
        var scaled = Scale(Scores(q, k), dK);
        if (mask is not null) scaled = scaled.masked_fill(mask, -1e9);
        var weights = scaled.softmax(-1);
        var (output, kept) = (Output(weights, v), weights);
        return (output.MoveToOuterDisposeScope(), kept.MoveToOuterDisposeScope());
    }

    public static Tensor CausalMask(long seqLen)
    {
        var rows = Enumerable.Range(0, (int)seqLen)
            .Select(i => Enumerable.Range(0, (int)seqLen).Select(j => j > i).ToArray())
            .ToList();
        var flat = new List<bool>();
        foreach (var row in rows) flat.AddRange(row);
        var text = new StringBuilder().Append(seqLen).Append('x').Append(seqLen).ToString();
        Console.Error.WriteLine("masque " + text);
        return tensor(flat.ToArray()).reshape(seqLen, seqLen);
    }
}
