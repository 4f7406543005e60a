using TorchSharp;
using static TorchSharp.torch;

namespace Attention.Lab.RealModel.DistilBert;

/// <summary>
/// distilbert-base-uncased (6 layers, 12 heads), its attention computed by the code it is handed.
/// <see cref="LoadFromCacheAsync"/> downloads it once (≈ 268 MB); <see cref="Load"/> reads a folder
/// holding model.safetensors and vocab.txt.
/// </summary>
public sealed class DistilBertModel : IPretrainedModel
{
    public const string ModelName = "distilbert";
    public const string WeightsFile = "model.safetensors";
    public const string VocabularyFile = "vocab.txt";

    readonly DistilBertEncoder encoder;
    readonly DistilBertTokenizer tokenizer;

    public string Name => ModelName;

    public int Layers => encoder.Config.Layers;

    public int Heads => encoder.Config.Heads;

    /// <summary>A line to show the student before the results (the vocabulary is not bert-base-uncased's), or null.</summary>
    public string? Warning => tokenizer.Warning;

    public DistilBertModel(DistilBertEncoder encoder, DistilBertTokenizer tokenizer)
    {
        this.encoder = encoder;
        this.tokenizer = tokenizer;
    }

    /// <summary>Reads <paramref name="directory"/>/model.safetensors and vocab.txt.</summary>
    public static DistilBertModel Load(string directory, int heads = DistilBertConfig.BaseHeads)
    {
        var weights = Required(Path.Combine(directory, WeightsFile));
        var vocabulary = Required(Path.Combine(directory, VocabularyFile));
        var tokenizer = DistilBertTokenizer.FromFile(vocabulary);
        return new DistilBertModel(DistilBertWeights.Load(weights, heads), tokenizer);
    }

    /// <summary>
    /// Downloads the pinned revision into <paramref name="directory"/> (default: the user's cache,
    /// <see cref="DistilBertHub.CacheDirectory"/>) unless it is there already, then loads it.
    /// </summary>
    public static async Task<DistilBertModel> LoadFromCacheAsync(IProgress<DownloadProgress>? progress = null,
        CancellationToken cancellation = default, HubDownload? hub = null, string? directory = null)
    {
        directory ??= DistilBertHub.CacheDirectory;
        var download = hub ?? new HubDownload();
        try
        {
            await download.FetchAsync(DistilBertHub.Vocabulary, directory, progress, cancellation).ConfigureAwait(false);
            await download.FetchAsync(DistilBertHub.Weights, directory, progress, cancellation).ConfigureAwait(false);
        }
        finally
        {
            if (hub is null) download.Dispose();
        }
        return Load(directory);
    }

    /// <summary>Synchronous <see cref="LoadFromCacheAsync"/>, for callers without async.</summary>
    public static DistilBertModel LoadFromCache(IProgress<DownloadProgress>? progress = null, CancellationToken cancellation = default) =>
        LoadFromCacheAsync(progress, cancellation).GetAwaiter().GetResult();

    public ModelAttentions Attend(string sentence, AttentionFunction attention)
    {
        var (ids, tokens) = tokenizer.Encode(sentence);
        (ids, tokens) = Truncated(ids, tokens, (int)encoder.Config.MaxPositions);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        encoder.eval();
        var input = tensor(ids.Select(id => (long)id).ToArray(), [1, ids.Count], ScalarType.Int64);
        // One sentence, so no padding: the mask hides nothing, but the student's function still receives it.
        var padding = zeros([1, 1, 1, ids.Count], ScalarType.Bool);
        var (_, weights) = encoder.forward(input, padding, attention);
        var perLayer = weights.select(1, 0).to(ScalarType.Float32).contiguous();
        return new ModelAttentions(Name, tokens, perLayer.MoveToOuterDisposeScope());
    }

    /// <summary>Longer than the position table: keeps the start, and [SEP] last.</summary>
    static (IReadOnlyList<int>, IReadOnlyList<string>) Truncated(IReadOnlyList<int> ids, IReadOnlyList<string> tokens, int max) =>
        ids.Count <= max ? (ids, tokens) : ([.. ids.Take(max - 1), ids[^1]], [.. tokens.Take(max - 1), tokens[^1]]);

    static string Required(string path) =>
        File.Exists(path) ? path : throw new ModelUnavailableException(string.Format(Strings.Culture, Strings.DistilBertMissingFile, path));

    public void Dispose() => encoder.Dispose();
}
