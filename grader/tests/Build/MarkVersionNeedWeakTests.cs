using System.Runtime.InteropServices;

namespace Attention.Grader.Tests.Build;

/// <summary>build/MarkVersionNeedWeak.cs on a copy of the real libLibTorchSharp.so from the NuGet cache.</summary>
public sealed class MarkVersionNeedWeakTests : IDisposable
{
    const string Version = "GLIBCXX_3.4.32";
    readonly string copy = Path.Combine(Path.GetTempPath(), $"libLibTorchSharp-{Guid.NewGuid():N}.so");

    public MarkVersionNeedWeakTests()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var original = Path.Combine(packages, "torchsharp", "0.107.0", "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        Assert.SkipUnless(File.Exists(original), "TorchSharp's Linux library is not restored on this machine.");
        File.Copy(original, copy);
    }

    public void Dispose() => File.Delete(copy);

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    static extern int link_(string existing, string newName);

    bool IsWeak() => ElfVersionNeeds.Requirements(File.ReadAllBytes(copy)).Where(r => r.Name == Version)
        .Select(r => ElfVersionNeeds.IsWeak(File.ReadAllBytes(copy), r.FlagsOffset)).Single();

    [Fact]
    public void The_requirement_is_there_and_not_weak_in_the_package()
    {
        IsWeak().Should().BeFalse();
    }

    [Fact]
    public void Marking_makes_it_weak_and_changes_nothing_else()
    {
        var before = File.ReadAllBytes(copy);
        ElfVersionNeeds.MarkWeak(copy, Version).Should().Be(WeakMarkOutcome.Marked);
        IsWeak().Should().BeTrue();
        var after = File.ReadAllBytes(copy);
        after.Length.Should().Be(before.Length);
        before.Zip(after).Count(p => p.First != p.Second).Should().Be(1, "only the flags byte changes");
    }

    [Fact]
    public void Marking_twice_is_harmless()
    {
        ElfVersionNeeds.MarkWeak(copy, Version);
        var once = File.ReadAllBytes(copy);
        ElfVersionNeeds.MarkWeak(copy, Version).Should().Be(WeakMarkOutcome.AlreadyWeak);
        File.ReadAllBytes(copy).Should().Equal(once);
    }

    [Fact]
    public void A_hard_link_is_replaced_not_written_through()
    {
        var link = copy + ".link";
        try
        {
            link_(copy, link).Should().Be(0, "a hard link can be made in the temp folder");
            ElfVersionNeeds.MarkWeak(link, Version);
            IsWeak().Should().BeFalse("the other name (the NuGet cache's) keeps its bytes");
        }
        finally { File.Delete(link); }
    }

    [Fact]
    public void A_file_that_is_not_elf_is_left_alone()
    {
        File.WriteAllText(copy, "not a library");
        ElfVersionNeeds.MarkWeak(copy, Version).Should().Be(WeakMarkOutcome.NotElf);
        File.ReadAllText(copy).Should().Be("not a library");
    }

    [Fact]
    public void A_version_that_is_not_needed_is_reported_as_such()
    {
        ElfVersionNeeds.MarkWeak(copy, "GLIBCXX_9.9.9").Should().Be(WeakMarkOutcome.NotNeeded);
    }
}
