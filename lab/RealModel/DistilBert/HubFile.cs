namespace Attention.Lab.RealModel.DistilBert;

/// <summary>
/// A file of a Hugging Face hub repository at a pinned commit, and its sha256 when known
/// (then a download that does not match is refused).
/// </summary>
public sealed record HubFile(string Repository, string Revision, string Name, string? Sha256 = null)
{
    /// <summary>The hub's download path: {repository}/resolve/{revision}/{name}.</summary>
    public string UrlPath => $"{Repository}/resolve/{Revision}/{Name}";
}
