namespace Attention.Lab.RealModel.DistilBert;

/// <summary>Where distilbert-base-uncased comes from: the hub repository, pinned to one commit.</summary>
public static class DistilBertHub
{
    public const string Repository = "distilbert/distilbert-base-uncased";

    /// <summary>
    /// A commit of distilbert/distilbert-base-uncased (its main branch when projects pinned it, with
    /// the weights' sha256 below). Pinned so that every student gets the same bytes.
    /// </summary>
    public const string Revision = "12040accade4e8a0f71eabdb258fecc2e7e948be";

    /// <summary>The weights, 267,954,768 bytes, checked against the hub's LFS sha256.</summary>
    public static readonly HubFile Weights = new(Repository, Revision, "model.safetensors",
        "5e3f1108e3cb34ee048634875d8482665b65ac713291a7e32396fb18f6ff0063");

    /// <summary>bert-base-uncased's vocabulary; checked when read (a different one only warns, see <see cref="DistilBertTokenizer"/>).</summary>
    public static readonly HubFile Vocabulary = new(Repository, Revision, "vocab.txt");

    /// <summary>The cache folder of this revision: ~/.cache/attention-assignment/distilbert-base-uncased/&lt;revision&gt;.</summary>
    public static string CacheDirectory => ModelCache.For("distilbert-base-uncased", Revision);

    /// <summary>Whether both files are in the cache already (each is renamed into place only once checked).</summary>
    public static bool InCache => new[] { Weights, Vocabulary }.All(file => File.Exists(Path.Combine(CacheDirectory, file.Name)));
}
