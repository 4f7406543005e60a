using Attention.Grader.Batch;
using Attention.Grader.Compilation;
using Attention.Grader.Tests.Support;
using static Attention.Grader.Tests.AllowList.Snippet;

namespace Attention.Grader.Tests.Sandbox;

/// <summary>
/// A compiler bomb in a class, graded by `batch`: the grader compiles every submission in its own
/// process, so a stack overflow there (50,000 nested parentheses overflowed Roslyn's parser) would end
/// the batch and every classmate's grade with it. The bomb costs its own file; the classmate keeps 20.
/// </summary>
public sealed class CompilerBombBatchTests : IDisposable
{
    readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("grader-bomb-");
    string Class => Path.Combine(temp.FullName, "class");
    string Report => Path.Combine(temp.FullName, "report");

    public void Dispose() => temp.Delete(recursive: true);

    void Submission(string name, string attentionFile)
    {
        var student = Directory.CreateDirectory(Path.Combine(Class, name, "student")).FullName;
        File.WriteAllText(Path.Combine(student, "ScaledDotProductAttention.cs"), attentionFile);
        File.WriteAllText(Path.Combine(student, "SelfAttention.cs"), Solution("SelfAttention.cs"));
    }

    [Fact]
    public void A_compiler_bomb_costs_its_own_file_and_the_classmate_keeps_every_point()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "batch grades in the Linux jail (README, Security)");
        Submission("bomb", InScale($"var x = {new string('(', 50_000)}1{new string(')', 50_000)};"));
        Submission("classmate", Solution("ScaledDotProductAttention.cs"));

        var run = GraderCli.Run("batch", Class, "--out", Report);

        run.ExitCode.Should().Be(0, run.Stderr);
        var rows = Gradebook.Parse(File.ReadAllText(Path.Combine(Report, Gradebook.FileName))).Rows.ToDictionary(r => r.Submission);
        rows["classmate"].Total.Should().Be(20);
        rows["bomb"].Reason.Should().BeEmpty("the bomb was graded, not refused");
        var json = File.ReadAllText(Path.Combine(Report, "bomb", "grade.json"));
        json.Should().Contain("compile_error").And.Contain(NestingLimit.Code);
        json.Length.Should().BeLessThan(1 << 20);
    }
}
