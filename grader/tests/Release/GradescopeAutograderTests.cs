using System.IO.Compression;
using Attention.Grader.Tests.Support;

namespace Attention.Grader.Tests.Release;

/// <summary>`release --gradescope OUT.zip`: Gradescope's layout, the scripts executable, the stubs, no solution.</summary>
public sealed class GradescopeAutograderTests : IDisposable
{
    readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("grader-gradescope-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void The_autograder_zip_holds_the_scripts_and_the_student_repository()
    {
        var zip = Path.Combine(folder.FullName, "autograder.zip");

        var outcome = GraderCli.Run("release", "--gradescope", zip);

        outcome.ExitCode.Should().Be(0, outcome.Stderr);
        using var archive = ZipFile.OpenRead(zip);
        var names = archive.Entries.Select(e => e.FullName.Replace('\\', '/')).ToList();
        names.Should().Contain(["setup.sh", "run_autograder", "results-if-grader-fails.json", "kit/assignment.json", "kit/Attention.Assignment.sln", "kit/student/SelfAttention.cs"]);
        names.Should().NotContain(n => n.Contains("solution", StringComparison.OrdinalIgnoreCase) || n.Contains("/bin/") || n.Contains("/obj/"));
        if (!OperatingSystem.IsWindows())
            ((UnixFileMode)(archive.GetEntry("run_autograder")!.ExternalAttributes >> 16)).Should().HaveFlag(UnixFileMode.UserExecute);
        using var reader = new StreamReader(archive.GetEntry("kit/student/SelfAttention.cs")!.Open());
        reader.ReadToEnd().Should().Be(File.ReadAllText(Path.Combine(KitPaths.Root, "grader", "stubs", "SelfAttention.cs")));
        using var script = new StreamReader(archive.GetEntry("run_autograder")!.Open());
        script.ReadToEnd().Should().Contain("--gradescope /autograder/results/results.json").And.Contain("results-if-grader-fails.json");
        using var fallback = new StreamReader(archive.GetEntry("results-if-grader-fails.json")!.Open());
        fallback.ReadToEnd().Should().Contain("\"score\": 0").And.Contain("n'a pas pu démarrer");
    }

    [Fact]
    public void An_existing_zip_is_not_overwritten()
    {
        var zip = Path.Combine(folder.FullName, "taken.zip");
        File.WriteAllText(zip, "mine");
        var outcome = GraderCli.Run("release", "--gradescope", zip);
        outcome.ExitCode.Should().Be(2);
        File.ReadAllText(zip).Should().Be("mine");
    }
}
