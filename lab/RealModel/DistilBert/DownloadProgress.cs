namespace Attention.Lab.RealModel.DistilBert;

/// <summary>How far the download of <paramref name="File"/> is; <paramref name="TotalBytes"/> is null when the server does not say.</summary>
public readonly record struct DownloadProgress(string File, long BytesDone, long? TotalBytes);
