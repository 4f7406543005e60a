using static TorchSharp.torch;

namespace Attention.Lab.Tests.RealModel.DistilBert;

/// <summary>
/// A DistilBERT small enough to check by hand: dim 16, 2 heads, 2 layers, hidden 32, 12 positions,
/// random weights (fixed seed), keyed like the hub's DistilBertForMaskedLM file.
/// </summary>
public static class TinyCheckpoint
{
    public const int Dim = 16;
    public const int Heads = 2;
    public const int Layers = 2;
    public const int Hidden = 32;
    public const int Positions = 12;

    /// <summary>A WordPiece vocabulary of a few words: ids are line numbers.</summary>
    public static readonly string[] Vocabulary =
        ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "cat", "sat", "on", "mat", "because", "it", "was", "tired", "dog", "##s", ".", "a"];

    /// <summary>The checkpoint's tensors; <paramref name="prefix"/> is "distilbert." in the hub's file.</summary>
    /// <param name="dim">16; 24 to run it with distilbert-base-uncased's 12 heads.</param>
    public static Dictionary<string, Tensor> Weights(string prefix = "distilbert.", int seed = 7, int dim = Dim)
    {
        var generator = new TorchSharp.torch.Generator((ulong)seed);
        Tensor Random(params long[] shape) => randn(shape, generator: generator) * 0.5f;
        Tensor Near(float center, long size) => center + Random(size) * 0.2f;

        var weights = new Dictionary<string, Tensor>
        {
            [$"{prefix}embeddings.word_embeddings.weight"] = Random(Vocabulary.Length, dim),
            [$"{prefix}embeddings.position_embeddings.weight"] = Random(Positions, dim),
            [$"{prefix}embeddings.LayerNorm.weight"] = Near(1, dim),
            [$"{prefix}embeddings.LayerNorm.bias"] = Random(dim),
        };
        for (var i = 0; i < Layers; i++)
        {
            var layer = $"{prefix}transformer.layer.{i}.";
            foreach (var linear in new[] { "q_lin", "k_lin", "v_lin", "out_lin" })
            {
                weights[$"{layer}attention.{linear}.weight"] = Random(dim, dim);
                weights[$"{layer}attention.{linear}.bias"] = Random(dim);
            }
            weights[$"{layer}sa_layer_norm.weight"] = Near(1, dim);
            weights[$"{layer}sa_layer_norm.bias"] = Random(dim);
            weights[$"{layer}ffn.lin1.weight"] = Random(Hidden, dim);
            weights[$"{layer}ffn.lin1.bias"] = Random(Hidden);
            weights[$"{layer}ffn.lin2.weight"] = Random(dim, Hidden);
            weights[$"{layer}ffn.lin2.bias"] = Random(dim);
            weights[$"{layer}output_layer_norm.weight"] = Near(1, dim);
            weights[$"{layer}output_layer_norm.bias"] = Random(dim);
        }
        // The masked-LM head of the hub's file, which the encoder ignores.
        weights["vocab_transform.weight"] = Random(dim, dim);
        weights["vocab_transform.bias"] = Random(dim);
        weights["vocab_layer_norm.weight"] = Near(1, dim);
        weights["vocab_layer_norm.bias"] = Random(dim);
        weights["vocab_projector.bias"] = Random(Vocabulary.Length);
        return weights;
    }

    /// <summary>A folder with model.safetensors and vocab.txt, like the cache.</summary>
    public static string Directory(Dictionary<string, Tensor>? weights = null) => WriteTo(Temporary.Directory(), weights ?? Weights());

    /// <summary>Writes model.safetensors and vocab.txt into <paramref name="directory"/> (created if need be).</summary>
    public static string WriteTo(string directory, Dictionary<string, Tensor> weights)
    {
        System.IO.Directory.CreateDirectory(directory);
        WriteWeights(Path.Combine(directory, "model.safetensors"), weights);
        File.WriteAllText(Path.Combine(directory, "vocab.txt"), string.Join('\n', Vocabulary) + "\n");
        return directory;
    }

    public static string WriteWeights(string path, Dictionary<string, Tensor> weights)
    {
        SafeTensorsWriter.Write(path, weights);
        return path;
    }
}
