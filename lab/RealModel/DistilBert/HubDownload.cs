using System.Net;
using System.Security.Cryptography;

namespace Attention.Lab.RealModel.DistilBert;

/// <summary>
/// Downloads hub files once into a cache folder: to a temporary file, checked, then renamed, so
/// that an interrupted download never leaves a half file in place. Every failure the student can
/// meet (no network, HTTP error, cut connection, bad checksum) becomes a one-line <see cref="ModelUnavailableException"/>.
/// </summary>
public sealed class HubDownload : IDisposable
{
    /// <summary>Overrides the hub's address (a mirror, or a local server in the tests).</summary>
    public const string EndpointVariable = "ATTENTION_HF_ENDPOINT";

    public const string DefaultEndpoint = "https://huggingface.co";

    readonly HttpClient client;
    readonly TimeSpan idleTimeout;

    public Uri Endpoint { get; }

    /// <param name="endpoint">The hub's address; null: $ATTENTION_HF_ENDPOINT, else https://huggingface.co.</param>
    /// <param name="idleTimeout">How long to wait for a connection, the headers or the next bytes (30 s by default).</param>
    public HubDownload(string? endpoint = null, TimeSpan? idleTimeout = null)
    {
        var address = endpoint
            ?? (Environment.GetEnvironmentVariable(EndpointVariable) is { Length: > 0 } overridden ? overridden : DefaultEndpoint);
        Endpoint = new Uri(address.TrimEnd('/') + "/");
        this.idleTimeout = idleTimeout ?? TimeSpan.FromSeconds(30);
        // The whole download may take minutes: no global timeout, an idle one instead (see FetchAsync).
        client = new HttpClient(new SocketsHttpHandler { ConnectTimeout = this.idleTimeout }) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("attention-assignment-lab");
    }

    /// <summary>The path of <paramref name="file"/> in <paramref name="directory"/>, downloaded first if it is not there yet.</summary>
    public async Task<string> FetchAsync(HubFile file, string directory, IProgress<DownloadProgress>? progress = null, CancellationToken cancellation = default)
    {
        var target = Path.Combine(directory, file.Name);
        if (File.Exists(target)) return target;
        Directory.CreateDirectory(directory);
        var url = new Uri(Endpoint, file.UrlPath);
        var temporary = Path.Combine(directory, $"{file.Name}.{Guid.NewGuid():N}.partial");
        try
        {
            var sha256 = await DownloadAsync(url, file.Name, temporary, progress, cancellation).ConfigureAwait(false);
            if (file.Sha256 is { } expected && sha256 != expected)
                throw new ModelUnavailableException(string.Format(Strings.Culture, Strings.DistilBertChecksumMismatch, file.Name, sha256, expected));
            File.Move(temporary, target, overwrite: true);
            return target;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Writes <paramref name="url"/> to <paramref name="path"/> and returns its sha256.</summary>
    async Task<string> DownloadAsync(Uri url, string name, string path, IProgress<DownloadProgress>? progress, CancellationToken cancellation)
    {
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        idle.CancelAfter(idleTimeout);
        try
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, idle.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                throw new ModelUnavailableException(string.Format(Strings.Culture, Strings.DistilBertHttpError,
                    name, (int)response.StatusCode, response.ReasonPhrase ?? response.StatusCode.ToString(), url));
            var total = response.Content.Headers.ContentLength;
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using var body = await response.Content.ReadAsStreamAsync(idle.Token).ConfigureAwait(false);
            await using (var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                var buffer = new byte[1 << 16];
                long done = 0;
                progress?.Report(new DownloadProgress(name, 0, total));
                int read;
                while ((read = await body.ReadAsync(buffer, idle.Token).ConfigureAwait(false)) > 0)
                {
                    idle.CancelAfter(idleTimeout);
                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), idle.Token).ConfigureAwait(false);
                    done += read;
                    progress?.Report(new DownloadProgress(name, done, total));
                }
                if (total is { } expected && done != expected) throw new IOException($"{done} of {expected} bytes");
            }
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw NoNetwork(url, "timeout");
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ResponseEnded)
        {
            throw Interrupted(name, e);
        }
        catch (HttpRequestException e)
        {
            throw NoNetwork(url, e.HttpRequestError.ToString(), e);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw Interrupted(name, e);
        }
    }

    static ModelUnavailableException NoNetwork(Uri url, string reason, Exception? inner = null) =>
        new(string.Format(Strings.Culture, Strings.DistilBertNoNetwork, url.Host, reason), inner);

    static ModelUnavailableException Interrupted(string name, Exception inner) =>
        new(string.Format(Strings.Culture, Strings.DistilBertInterrupted, name), inner);

    public void Dispose() => client.Dispose();
}
