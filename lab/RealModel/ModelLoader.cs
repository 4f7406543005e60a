namespace Attention.Lab.RealModel;

/// <summary>
/// Fetches (once) and loads the model called <paramref name="name"/>, telling the student what it
/// downloads through <paramref name="download"/>. Throws <see cref="ModelUnavailableException"/>.
/// </summary>
public delegate IPretrainedModel ModelLoader(string name, IDownloadDisplay download);

/// <summary>How a download shows itself: a progress bar on a terminal, two lines anywhere else.</summary>
public interface IDownloadDisplay
{
    /// <summary>Runs <paramref name="download"/>, which reports bytes done and the total (when known).</summary>
    void Show(string what, Action<IProgress<DownloadProgress>> download);
}

/// <summary>How far a download is: <see cref="Total"/> is null when the server does not say.</summary>
public readonly record struct DownloadProgress(long Done, long? Total);
