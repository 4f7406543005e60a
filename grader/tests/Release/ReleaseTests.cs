using System.Diagnostics;
using System.Text.Json.Nodes;
using Attention.Grader.Assignment;
using Attention.Grader.Tests.Support;

namespace Attention.Grader.Tests.Release;

/// <summary>The student repository, released once (through the command line, as a teacher would) for every test here.</summary>
public sealed class ReleasedRepository : IDisposable
{
    readonly DirectoryInfo parent = Directory.CreateTempSubdirectory("grader-release-");

    public ReleasedRepository()
    {
        Folder = Path.Combine(parent.FullName, "student-repo");
        Outcome = GraderCli.Run("release", Folder);
    }

    public string Folder { get; }
    public GraderCli.Outcome Outcome { get; }
    public AssignmentSpec Assignment { get; } = AssignmentLoader.Load(KitPaths.Root);

    public IEnumerable<string> Files => Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'));

    public void Dispose() => parent.Delete(recursive: true);
}

public sealed class ReleaseTests(ReleasedRepository release) : IClassFixture<ReleasedRepository>
{
    static string Kit(string relative) => Path.Combine(KitPaths.Root, relative);

    [Fact]
    public void The_release_succeeds()
    {
        release.Outcome.ExitCode.Should().Be(0, release.Outcome.Stderr);
        File.Exists(Path.Combine(release.Folder, AssignmentSpec.FileName)).Should().BeTrue();
    }

    [Fact]
    public void Nothing_of_the_solution_is_released()
    {
        var answers = Directory.EnumerateFiles(Kit("solution"), "*.cs").Select(File.ReadAllText).ToList();
        release.Files.Should().NotContain(f => f.Contains("solution", StringComparison.OrdinalIgnoreCase));
        release.Files.Should().NotContain(f => f.Split('/').Contains("bin") || f.Split('/').Contains("obj"));
        foreach (var file in release.Files)
            answers.Should().NotContain(File.ReadAllText(Path.Combine(release.Folder, file)), $"{file} must not be a solution file");
    }

    [Fact]
    public void Hidden_tests_and_the_kit_own_tests_are_left_out()
    {
        release.Files.Should().NotContain(f => f.StartsWith("tests/Exercises/Hidden/"));
        release.Files.Should().NotContain(f => f.StartsWith("grader/tests/") || f.StartsWith("lab/tests/"));
        release.Files.Should().Contain("tests/Exercises/Ex1ScoresTests.cs");
        release.Files.Should().NotContain(f => f.StartsWith("tests/Kit/"), "the kit's check of the test names stays in the kit");
        release.Files.Should().Contain(["tests/TestNames.resx", "tests/TestNames.en.resx"], "students see the tests' French names");
    }

    [Fact]
    public void The_student_files_are_the_stubs()
    {
        foreach (var file in release.Assignment.StudentFiles)
            File.ReadAllText(Path.Combine(release.Folder, file.Path)).Should().Be(File.ReadAllText(Kit(file.Stub)), file.Path);
        release.Files.Should().Contain(["student/Program.cs", "student/Attention.Student.csproj"]);
    }

    [Fact]
    public void The_autograding_workflow_and_the_solution_file_are_there()
    {
        var workflow = File.ReadAllText(Path.Combine(release.Folder, ".github/workflows/classroom.yml"));
        workflow.Should().Be(Attention.Grader.Release.ClassroomWorkflow.Fill(
            File.ReadAllText(Kit(".github/classroom/classroom.yml")), release.Assignment, "fr"));
        workflow.Should().Contain("runners: ex1,ex2,ex3,ex4,ex5,ex6,mask").And.Contain("MASK_RESULTS: ${{ steps.grade.outputs.mask }}")
            .And.NotContain("{{RUNNER").And.NotContain("{{UNGRADED");
        var sln = File.ReadAllText(Path.Combine(release.Folder, "Attention.Assignment.sln"));
        sln.Should().Contain("student\\Attention.Student.csproj").And.Contain("lab\\Attention.Lab.csproj")
            .And.Contain("tests\\Attention.Tests.csproj").And.Contain("grader\\Attention.Grader.csproj")
            .And.Contain("build\\AllowList\\Attention.AllowList.csproj");
    }

    [Fact]
    public void The_readme_is_french_and_lists_the_exercises()
    {
        var readme = File.ReadAllText(Path.Combine(release.Folder, "README.md"));
        readme.Should().Contain("Pour commencer").And.Contain("dotnet test --filter \"exercise=ex1\"")
            .And.Contain("dotnet run --project grader -- grade --watch").And.Contain("docs/TP01.md").And.NotContain("{{");
        foreach (var exercise in release.Assignment.Exercises)
            readme.Should().Contain($"| `{exercise.Id}` | {exercise.Title.Fr} | {exercise.Points} |");
    }

    [Fact]
    public void A_folder_that_is_not_empty_or_inside_the_kit_is_refused()
    {
        var refused = GraderCli.Run("release", release.Folder);
        refused.ExitCode.Should().Be(2);
        refused.Stderr.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain("n'est pas vide");
        var inside = GraderCli.Run("release", Kit("student/out"));
        inside.ExitCode.Should().Be(2);
        inside.Stderr.Should().Contain("dans le kit");
        Directory.Exists(Kit("student/out")).Should().BeFalse();
    }

    /// <summary>
    /// The important one: the repository works on its own. It builds; the grader it holds gives the
    /// stubs 0 and, once the solution is dropped into student/, 20. Builds take minutes: one test.
    /// </summary>
    [Fact]
    public void The_released_repository_builds_and_grades_on_its_own()
    {
        // On a copy: the other tests here read the release as it was written, in any order.
        var repo = CopyOf(release.Folder);
        try
        {
            Dotnet(repo, "build");

            Dotnet(repo, "run", "--project", "grader", "--", "grade", "--json", "g.json");
            Score(repo).Should().Be(0);

            foreach (var file in new[] { "ScaledDotProductAttention.cs", "SelfAttention.cs" })
                File.Copy(Kit(Path.Combine("solution", file)), Path.Combine(repo, "student", file), overwrite: true);
            Dotnet(repo, "run", "--project", "grader", "--", "grade", "--json", "g.json");
            Score(repo).Should().Be(20);
        }
        finally
        {
            Directory.Delete(repo, recursive: true);
        }
    }

    static double Score(string repo) => JsonNode.Parse(File.ReadAllText(Path.Combine(repo, "g.json")))!["score"]!.GetValue<double>();

    static string CopyOf(string folder)
    {
        var copy = Directory.CreateTempSubdirectory("grader-release-build-").FullName;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(copy, Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return copy;
    }

    /// <summary>dotnet in the released folder, bounded, without the MSBuild settings of the test host; must succeed.</summary>
    static void Dotnet(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", args)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["GITHUB_ACTIONS"] = null;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', args)} did not end within 8 minutes");
        }
        var output = stdout.Result + stderr.Result;
        process.ExitCode.Should().Be(0, $"dotnet {string.Join(' ', args)} must succeed:\n{output[Math.Max(0, output.Length - 3000)..]}");
    }
}

/// <summary>The last check on its own: a solution file under another name, or a path naming it, undoes the release.</summary>
public sealed class ReleaseCheckTests : IDisposable
{
    readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("grader-release-check-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void A_copy_of_a_solution_file_under_another_name_is_caught()
    {
        var renamed = Path.Combine(folder.FullName, "student", "Notes.cs");
        Directory.CreateDirectory(Path.GetDirectoryName(renamed)!);
        File.WriteAllText(renamed, File.ReadAllText(Path.Combine(KitPaths.Root, "solution", "SelfAttention.cs")).Replace("\n", "\r\n"));
        var check = () => Attention.Grader.Release.ReleaseCheck.Verify(KitPaths.Root, folder.FullName);
        check.Should().Throw<GraderException>().Which.MessageKey.Should().Be("ReleaseLeak");
    }

    [Fact]
    public void A_path_naming_the_solution_is_caught()
    {
        File.WriteAllText(Path.Combine(folder.FullName, "Solution.md"), "nothing");
        var check = () => Attention.Grader.Release.ReleaseCheck.Verify(KitPaths.Root, folder.FullName);
        check.Should().Throw<GraderException>().Which.MessageKey.Should().Be("ReleaseLeak");
    }

    [Theory]
    [InlineData("tests/Kit/Reference.cs")]
    [InlineData("tests/Kit/MistakeCatalogue.cs")]
    [InlineData("tests/Kit/Variant.cs")]
    [InlineData("solution/ScaledDotProductAttention.cs")]
    public void Kit_code_that_computes_attention_is_caught_under_any_name(string kitFile)
    {
        // Renamed, its names changed, its comments gone: still attention.
        var source = File.ReadAllText(Path.Combine(KitPaths.Root, kitFile))
            .Replace("Reference", "Helpers").Replace("Attention", "Tools").Replace("Variant", "Options").Replace("Scores", "Pairs");
        source = string.Join("\n", source.Split('\n').Where(l => !l.TrimStart().StartsWith("//")));
        var planted = Path.Combine(folder.FullName, "tests", "Support", "Helpers.cs");
        Directory.CreateDirectory(Path.GetDirectoryName(planted)!);
        File.WriteAllText(planted, source);
        var check = () => Attention.Grader.Release.ReleaseCheck.Verify(KitPaths.Root, folder.FullName);
        check.Should().Throw<GraderException>().Which.MessageKey.Should().Be("ReleaseComputesAttention");
    }

    [Theory]
    [InlineData("public static Tensor Scores(Tensor q, Tensor k) => q.matmul(k.transpose(-2, -1));")]
    [InlineData("public static Tensor Dots(Tensor q, Tensor k) => (q.unsqueeze(-2) * k.unsqueeze(-3)).sum(-1);")]
    [InlineData("public static Tensor Mask(long n) => ones(n, n, dtype: ScalarType.Bool).triu(1);")]
    [InlineData("static Tensor F(Tensor s, Tensor v) { var e = (s - s.amax([-1], keepdim: true)).exp(); return (e / e.sum(-1, keepdim: true)).mm(v); }")]
    public void One_step_of_attention_is_caught(string member)
    {
        File.WriteAllText(Path.Combine(folder.FullName, "Notes.cs"), $"static class Notes {{ {member} }}");
        var check = () => Attention.Grader.Release.ReleaseCheck.Verify(KitPaths.Root, folder.FullName);
        check.Should().Throw<GraderException>().Which.MessageKey.Should().Be("ReleaseComputesAttention");
    }

    [Fact]
    public void Words_in_comments_and_strings_do_not_count()
    {
        File.WriteAllText(Path.Combine(folder.FullName, "Notes.cs"),
            "// softmax(q.matmul(k.transpose(-2, -1)))\nstatic class Notes { const string Hint = \"q.matmul(k.t()).softmax(-1)\"; }");
        var check = () => Attention.Grader.Release.ReleaseCheck.Verify(KitPaths.Root, folder.FullName);
        check.Should().NotThrow();
    }

    [Fact]
    public void The_stubs_pass()
    {
        File.Copy(Path.Combine(KitPaths.Root, "grader", "stubs", "SelfAttention.cs"), Path.Combine(folder.FullName, "SelfAttention.cs"));
        var check = () => Attention.Grader.Release.ReleaseCheck.Verify(KitPaths.Root, folder.FullName);
        check.Should().NotThrow();
    }
}
