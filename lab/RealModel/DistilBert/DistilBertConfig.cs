using System.Text.RegularExpressions;
using static TorchSharp.torch;

namespace Attention.Lab.RealModel.DistilBert;

/// <summary>
/// The sizes of a DistilBERT, read from its weights (distilbert-base-uncased: vocabulary 30522,
/// 512 positions, dim 768, hidden 3072, 6 layers). The number of heads is not in the weights:
/// 12 for distilbert-base-uncased.
/// </summary>
public sealed partial record DistilBertConfig(long VocabSize, long MaxPositions, long Dim, long Hidden, int Layers, int Heads, double LayerNormEps = 1e-12)
{
    public const int BaseHeads = 12;

    /// <summary>The sizes of the checkpoint <paramref name="weights"/>, keys without the "distilbert." prefix.</summary>
    public static DistilBertConfig FromWeights(IReadOnlyDictionary<string, Tensor> weights, string file, int heads = BaseHeads)
    {
        var words = DistilBertWeights.Require(weights, "embeddings.word_embeddings.weight", file);
        var positions = DistilBertWeights.Require(weights, "embeddings.position_embeddings.weight", file);
        var lin1 = DistilBertWeights.Require(weights, "transformer.layer.0.ffn.lin1.weight", file);
        var layers = weights.Keys.Select(key => LayerIndex().Match(key)).Where(match => match.Success)
            .Select(match => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Distinct().Count();
        return new DistilBertConfig(words.shape[0], positions.shape[0], words.shape[1], lin1.shape[0], layers, heads);
    }

    [GeneratedRegex(@"^transformer\.layer\.(\d+)\.")]
    private static partial Regex LayerIndex();
}
