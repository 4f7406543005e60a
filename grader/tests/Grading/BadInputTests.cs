using System.Text;
using Attention.Grader.Tests.Support;

namespace Attention.Grader.Tests.Grading;

/// <summary>When grading cannot run: one line saying why, in the user's language, a non-zero exit, no stack trace.</summary>
public sealed class BadInputTests : IDisposable
{
    readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("grader-bad-input-");

    public void Dispose() => folder.Delete(recursive: true);

    static void ShouldBeAOneLineRefusal(GraderCli.Outcome outcome, string expected)
    {
        outcome.ExitCode.Should().NotBe(0);
        outcome.Stderr.Trim().Should().Contain(expected).And.NotContain("   at ").And.NotContain("Exception");
        outcome.Stderr.Trim().Split('\n').Should().HaveCount(1);
    }

    [Fact]
    public void A_missing_folder_is_refused()
    {
        ShouldBeAOneLineRefusal(GraderCli.Run("grade", Path.Combine(folder.FullName, "nowhere")), "n'existe pas");
    }

    [Fact]
    public void A_folder_without_any_student_file_is_refused_in_english_too()
    {
        File.WriteAllText(Path.Combine(folder.FullName, "README.md"), "nothing here");
        ShouldBeAOneLineRefusal(GraderCli.Run("grade", folder.FullName, "--lang", "en"), "No file of the lab");
    }

    [Fact]
    public void A_student_file_that_is_not_text_is_refused()
    {
        File.WriteAllBytes(Path.Combine(folder.FullName, "SelfAttention.cs"), [0x4D, 0x5A, 0x00, 0x90, 0xFF]);
        ShouldBeAOneLineRefusal(GraderCli.Run("grade", folder.FullName), "n'est pas un fichier source C#");
    }

    [Fact]
    public void A_student_file_linking_outside_the_submission_is_refused()
    {
        var outside = Path.Combine(Path.GetTempPath(), $"outside-{Guid.NewGuid():N}.cs");
        File.WriteAllText(outside, "namespace Attention;");
        try
        {
            File.CreateSymbolicLink(Path.Combine(folder.FullName, "SelfAttention.cs"), outside);
            ShouldBeAOneLineRefusal(GraderCli.Run("grade", folder.FullName), "lien qui sort");
        }
        finally { File.Delete(outside); }
    }

    [Fact]
    public void An_unknown_option_is_refused_without_a_stack_trace()
    {
        var outcome = GraderCli.Run("grade", "--no-such-option");
        outcome.ExitCode.Should().NotBe(0);
        (outcome.Stdout + outcome.Stderr).Should().NotContain("   at ");
    }

    [Fact]
    public void Grading_writes_every_report_and_exits_0_whatever_the_score()
    {
        var student = Directory.CreateDirectory(Path.Combine(folder.FullName, "student")).FullName;
        File.Copy(Path.Combine(KitPaths.Root, "grader", "stubs", "SelfAttention.cs"), Path.Combine(student, "SelfAttention.cs"));
        var json = Path.Combine(folder.FullName, "out", "grade.json");
        var markdown = Path.Combine(folder.FullName, "out", "summary.md");
        var gradescope = Path.Combine(folder.FullName, "out", "results.json");

        var outcome = GraderCli.Run("grade", folder.FullName, "--json", json, "--markdown", markdown, "--gradescope", gradescope);

        outcome.ExitCode.Should().Be(0, outcome.Stderr);
        File.ReadAllText(json).Should().Contain("\"maxScore\": 20");
        File.ReadAllText(markdown).Should().Contain("| Exercice |");
        File.ReadAllText(gradescope).Should().Contain("\"visibility\": \"visible\"");
        Directory.GetFiles(student).Should().ContainSingle("the submission is never modified");
    }

    [Fact]
    public void A_refused_submission_still_gets_every_report_asked_for_each_saying_why()
    {
        var out_ = Path.Combine(folder.FullName, "out");
        var json = Path.Combine(out_, "grade.json");
        var markdown = Path.Combine(out_, "summary.md");
        var gradescope = Path.Combine(out_, "results.json");
        var github = Path.Combine(out_, "github_output");

        var outcome = GraderCli.Run(["grade", Path.Combine(folder.FullName, "nowhere"), "--json", json, "--markdown", markdown, "--gradescope", gradescope, "--classroom"],
            new Dictionary<string, string?> { ["GITHUB_OUTPUT"] = github });

        outcome.ExitCode.Should().Be(2, outcome.Stderr);
        foreach (var report in new[] { json, markdown, gradescope })
            File.ReadAllText(report).Should().Contain("n'existe pas", $"{Path.GetFileName(report)} says what went wrong");
        var runners = File.ReadAllLines(github);
        runners.Should().HaveCount(8, "one runner per exercise, and the list of runners");
        Encoding.UTF8.GetString(Convert.FromBase64String(runners[0]["ex1=".Length..])).Should().Contain("n'existe pas");
    }
}
