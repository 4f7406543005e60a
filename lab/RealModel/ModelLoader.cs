namespace Attention.Lab.RealModel;

/// <summary>
/// Fetches (once) and loads the model called <paramref name="name"/>, telling the student what it
/// downloads through <paramref name="download"/>. Throws <see cref="ModelUnavailableException"/>.
/// </summary>
public delegate IPretrainedModel ModelLoader(string name, IDownloadDisplay download);

/// <summary>How a download shows itself: a progress bar on a terminal, two lines anywhere else.</summary>
public interface IDownloadDisplay
{
    /// <summary>Runs <paramref name="download"/>, which reports each file's bytes done and total (when known).</summary>
    void Show(string what, Action<IProgress<DownloadProgress>> download);
}

/// <summary>How far the download of <paramref name="File"/> is; <paramref name="TotalBytes"/> is null when the server does not say.</summary>
public readonly record struct DownloadProgress(string File, long BytesDone, long? TotalBytes);
