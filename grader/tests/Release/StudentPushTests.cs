using System.Diagnostics;
using System.Text;
using System.Xml.Linq;
using Attention.Grader.Release;
using Attention.Grader.Tests.Support;

namespace Attention.Grader.Tests.Release;

/// <summary>
/// A released repository, as a student gets it, and its workflow's own grading step: the `run:` script
/// of the Grade step of .github/workflows/classroom.yml, run with bash as GitHub Actions runs it. Released
/// once and built once (by the first grading, on the stubs) for every test here.
/// </summary>
public sealed class PushedRepository : IDisposable
{
    readonly DirectoryInfo parent = Directory.CreateTempSubdirectory("grader-push-");

    public PushedRepository()
    {
        Folder = Path.Combine(parent.FullName, "student-repo");
        var released = GraderCli.Run("release", Folder);
        if (released.ExitCode != 0) throw new InvalidOperationException("release failed: " + released.Stderr);
        Workflow = File.ReadAllText(Path.Combine(Folder, ".github", "workflows", "classroom.yml"));
        Stubs = Push();
    }

    public string Folder { get; }
    public string Workflow { get; }

    /// <summary>The push of the release as it is (the stubs), which also built the grader.</summary>
    public Pushed Stubs { get; }

    /// <summary>The reporter's runners input, in its order.</summary>
    public IReadOnlyList<string> Runners => Line("runners:").Split(',', StringSplitOptions.TrimEntries);

    public string Line(string key) => Workflow.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith(key))[key.Length..].Trim();

    /// <summary>The Grade step's script, as YAML's block scalar gives it to bash.</summary>
    public string GradeScript()
    {
        var lines = Workflow.Replace("\r\n", "\n").Split('\n');
        var step = Array.FindIndex(lines, l => l.Trim() == "id: grade");
        var run = Array.FindIndex(lines, step, l => l.Trim() == "run: |");
        var block = lines.Skip(run + 1).TakeWhile(l => l.Trim() == "" || Indent(l) > Indent(lines[run])).ToList();
        var indent = block.Where(l => l.Trim() != "").Min(Indent);
        return string.Join("\n", block.Select(l => l.Length >= indent ? l[indent..] : ""));
    }

    static int Indent(string line) => line.Length - line.TrimStart().Length;

    /// <summary>Student files (name → text, null to restore the stub) written into student/, then the grading step.</summary>
    public Pushed Push(IReadOnlyDictionary<string, byte[]>? studentFiles = null, string? path = null)
    {
        foreach (var stub in Directory.GetFiles(Path.Combine(KitPaths.Root, "grader", "stubs"), "*.cs"))
            File.Copy(stub, Path.Combine(Folder, "student", Path.GetFileName(stub)), overwrite: true);
        foreach (var (name, bytes) in studentFiles ?? new Dictionary<string, byte[]>())
            File.WriteAllBytes(Path.Combine(Folder, "student", name), bytes);

        var github = Directory.CreateTempSubdirectory("grader-push-github-");
        try
        {
            var output = Path.Combine(github.FullName, "output");
            var summary = Path.Combine(github.FullName, "summary");
            File.WriteAllText(output, "");
            File.WriteAllText(summary, "");
            var (exit, log) = Shell.Run(Folder, "bash", ["-e", "-c", GradeScript()], new Dictionary<string, string?>
            {
                ["GITHUB_ACTIONS"] = "true",
                ["CI"] = "true",
                ["GITHUB_OUTPUT"] = output,
                ["GITHUB_STEP_SUMMARY"] = summary,
                ["GITHUB_WORKSPACE"] = Folder,
                ["RUNNER_TEMP"] = github.FullName,
                ["PATH"] = path ?? Environment.GetEnvironmentVariable("PATH"),
            });
            return new Pushed(exit, log, File.ReadAllText(output), File.ReadAllText(summary), this);
        }
        finally
        {
            github.Delete(recursive: true);
        }
    }

    public void Dispose() => parent.Delete(recursive: true);
}

/// <summary>What one push left: the step's exit status and log, $GITHUB_OUTPUT and $GITHUB_STEP_SUMMARY.</summary>
public sealed record Pushed(int ExitCode, string Log, string Output, string Summary, PushedRepository Repository)
{
    public string PointsLine => ClassroomReporter.PointsLine(Output, Repository.Runners);

    public System.Text.Json.JsonElement Runner(string id) => ClassroomReporter.Runner(ClassroomReporter.Outputs(Output), id);
}

/// <summary>A bounded process in a folder, without the MSBuild settings of the test host.</summary>
public static class Shell
{
    public static (int ExitCode, string Output) Run(string folder, string program, IEnumerable<string> args,
        IReadOnlyDictionary<string, string?>? environment = null, int minutes = 10)
    {
        var start = new ProcessStartInfo(program, args)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["GITHUB_ACTIONS"] = null;
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(minutes)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not end within {minutes} minutes");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}

/// <summary>
/// The whole path as a student meets it (issue #13): a file that does not compile, a matmul in the
/// wrong order, a file saved in Windows-1252, a perfect push, a grader that cannot run; each checked
/// through the outputs the reporter reads, summed as the reporter sums them.
/// </summary>
public sealed class StudentPushTests(PushedRepository repository) : IClassFixture<PushedRepository>
{
    static byte[] Solution(string file) => File.ReadAllBytes(Path.Combine(KitPaths.Root, "solution", file));

    static string SolutionText(string file) => File.ReadAllText(Path.Combine(KitPaths.Root, "solution", file));

    static Dictionary<string, byte[]> PerfectFiles() => new()
    {
        ["ScaledDotProductAttention.cs"] = Solution("ScaledDotProductAttention.cs"),
        ["SelfAttention.cs"] = Solution("SelfAttention.cs"),
    };

    /// <summary>The solution's files with ScaledDotProductAttention's Output as V·weights.</summary>
    public static Dictionary<string, byte[]> WrongOrderFiles()
    {
        var files = PerfectFiles();
        var text = SolutionText("ScaledDotProductAttention.cs");
        var mistaken = text.Replace("weights.matmul(v)", "v.matmul(weights)");
        mistaken.Should().NotBe(text, "the solution's Output is weights.matmul(v)");
        files["ScaledDotProductAttention.cs"] = Encoding.UTF8.GetBytes(mistaken);
        return files;
    }

    [Fact]
    public void The_workflow_is_filled_from_assignment_json()
    {
        var assignment = Attention.Grader.Assignment.AssignmentLoader.Load(repository.Folder);
        repository.Runners.Should().Equal(assignment.Exercises.Select(e => e.Id));
        foreach (var runner in repository.Runners)
            repository.Line(ClassroomWorkflow.EnvironmentName(runner) + ":").Should().Be($"${{{{ steps.grade.outputs.{runner} }}}}");
        repository.Workflow.Should().NotContain("{{RUNNER");
    }

    [Fact]
    public void The_stubs_get_0_and_a_points_line()
    {
        repository.Stubs.ExitCode.Should().Be(0, repository.Stubs.Log);
        repository.Stubs.PointsLine.Should().Be("Points 0/20");
    }

    [Fact]
    public void A_perfect_push_gets_20_of_20()
    {
        var pushed = repository.Push(PerfectFiles());
        pushed.ExitCode.Should().Be(0, pushed.Log);
        pushed.PointsLine.Should().Be("Points 20/20");
        pushed.Summary.Should().Contain("20 / 20");
    }

    [Fact]
    public void A_file_that_does_not_compile_costs_exactly_its_exercises()
    {
        var files = PerfectFiles();
        files["SelfAttention.cs"] = Encoding.UTF8.GetBytes(SolutionText("SelfAttention.cs").Replace("W_q = ", "W_q = = "));
        var pushed = repository.Push(files);
        pushed.ExitCode.Should().Be(0, pushed.Log);
        pushed.PointsLine.Should().Be("Points 15/20", "ex6 (5 points) is SelfAttention.cs's only exercise");
        pushed.Runner("ex6").GetProperty("tests")[0].GetProperty("message").GetString().Should().Contain("SelfAttention.cs");
        pushed.Runner("ex5").GetProperty("status").GetString().Should().Be("pass");
    }

    [Fact]
    public void A_matmul_in_the_wrong_order_fails_its_tests_and_the_rest_is_graded()
    {
        var pushed = repository.Push(WrongOrderFiles());
        pushed.ExitCode.Should().Be(0, pushed.Log);
        pushed.PointsLine.Should().StartWith("Points ").And.EndWith("/20").And.NotBe("Points 20/20").And.NotBe("Points 0/20");
        pushed.Runner("ex4").GetProperty("tests").EnumerateArray().Select(t => t.GetProperty("message").GetString())
            .Should().Contain(m => m!.StartsWith("Votre sortie est V·poids au lieu de poids·V") && m.Contains("matmul impossible entre (2, 5, 32) et (2, 5, 5)"),
                "the catalogue names the mistake first, the shape check's message follows");
        foreach (var untouched in new[] { "ex1", "ex2", "ex3" })
            pushed.Runner(untouched).GetProperty("status").GetString().Should().Be("pass", untouched);
        pushed.Summary.Should().NotContain("SIGABRT");
    }

    [Fact]
    public void A_file_saved_in_windows_1252_is_graded_and_the_student_told_once()
    {
        var files = PerfectFiles();
        var latin1 = "// Réponse : la self-attention, projetée par W_q, W_k et W_v (été)\n" + SolutionText("SelfAttention.cs").Replace("ᵀ", "T");
        files["SelfAttention.cs"] = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(latin1);
        var pushed = repository.Push(files);
        pushed.ExitCode.Should().Be(0, pushed.Log);
        pushed.PointsLine.Should().Be("Points 20/20");
        pushed.Summary.Split("n'est pas enregistré en UTF-8").Should().HaveCount(2, "the summary says it once");
    }

    [Fact]
    public void A_grader_that_cannot_run_still_gives_a_points_line()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "a shell script stands in for dotnet");
        // A `dotnet` that fails at once, first on the PATH: the grader never starts (no SDK, a broken restore…).
        var fake = Directory.CreateTempSubdirectory("grader-push-nodotnet-");
        try
        {
            var dotnet = Path.Combine(fake.FullName, "dotnet");
            File.WriteAllText(dotnet, "#!/bin/sh\necho 'error MSB4025: the project could not be loaded' >&2\nexit 1\n");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(dotnet, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            var pushed = repository.Push(PerfectFiles(), fake.FullName + ":" + Environment.GetEnvironmentVariable("PATH"));
            pushed.ExitCode.Should().Be(1, "the step fails, and says so");
            pushed.PointsLine.Should().Be("Points 0/20");
            pushed.Runner("ex1").GetProperty("tests")[0].GetProperty("message").GetString().Should().Contain("« Grade »");
        }
        finally
        {
            fake.Delete(recursive: true);
        }
    }

    /// <summary>
    /// `dotnet test` as the student runs it on the same wrong matmul: that test fails (it does not take
    /// the test host down), and every other test of the suite runs and is counted in the TRX.
    /// </summary>
    [Fact]
    public void Dotnet_test_on_a_wrong_matmul_counts_every_test()
    {
        var copy = Directory.CreateTempSubdirectory("grader-push-test-");
        try
        {
            foreach (var file in Directory.EnumerateFiles(repository.Folder, "*", SearchOption.AllDirectories)
                         .Where(f => !Path.GetRelativePath(repository.Folder, f).Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj")))
            {
                var to = Path.Combine(copy.FullName, Path.GetRelativePath(repository.Folder, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }
            foreach (var (name, bytes) in WrongOrderFiles()) File.WriteAllBytes(Path.Combine(copy.FullName, "student", name), bytes);

            var (exit, log) = Shell.Run(copy.FullName, "dotnet", ["test", "tests", "--logger", "trx;LogFileName=run.trx", "--results-directory", "results"]);
            exit.Should().NotBe(0, "tests fail");
            log.Should().NotContain("Catastrophic failure").And.NotContain("exit code 134");
            var trx = XDocument.Load(Path.Combine(copy.FullName, "results", "run.trx"));
            var counters = trx.Descendants().Single(e => e.Name.LocalName == "Counters");
            int Count(string name) => int.Parse(counters.Attribute(name)!.Value);
            Count("failed").Should().BeGreaterThan(0);
            Count("passed").Should().BeGreaterThan(0);
            (Count("passed") + Count("failed")).Should().Be(Count("total"), log[^Math.Min(3000, log.Length)..]);
            trx.Descendants().Where(e => e.Name.LocalName == "Message").Select(e => e.Value)
                .Should().Contain(m => m.Contains("matmul impossible entre"));
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }
}
