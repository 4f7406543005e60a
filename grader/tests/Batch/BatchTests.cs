using Attention.Grader.Batch;
using Attention.Grader.Tests.Support;

namespace Attention.Grader.Tests.Batch;

/// <summary>
/// `batch` as an instructor runs it, from outside: a fake class of three golden submissions and an
/// empty folder, graded into a report folder, then graded again.
/// </summary>
public sealed class BatchTests : IDisposable
{
    readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("grader-batch-");
    string Class => Path.Combine(temp.FullName, "class");
    string Report => Path.Combine(temp.FullName, "report");

    public void Dispose() => temp.Delete(recursive: true);

    void MakeClass()
    {
        foreach (var golden in new[] { "all-passing", "all-stubs", "compile-error" })
            new GoldenFolder(golden).WriteSubmission(Path.Combine(Class, golden));
        Directory.CreateDirectory(Path.Combine(Class, "empty"));
    }

    Dictionary<string, GradebookRow> ReadRows() =>
        Gradebook.Parse(File.ReadAllText(Path.Combine(Report, "grades.csv"))).Rows.ToDictionary(r => r.Submission);

    [Fact]
    public void A_class_is_graded_reported_and_skipped_when_unchanged()
    {
        MakeClass();
        var first = GraderCli.Run("batch", Class, "--out", Report);
        first.ExitCode.Should().Be(0, first.Stderr);
        first.Stdout.Should().Contain("4 rendu(s) corrigé(s), 0 ignoré(s)");

        var csv = File.ReadAllLines(Path.Combine(Report, "grades.csv"));
        csv[0].Should().Be("submission,ex1,ex2,ex3,ex4,ex5,ex6,mask,total,written,reason");
        csv.Skip(1).Select(l => l.Split(',')[0]).Should().Equal("all-passing", "all-stubs", "compile-error", "empty");
        var rows = ReadRows();
        rows["all-passing"].Total.Should().Be(20);
        rows["all-stubs"].Total.Should().Be(0);
        rows["compile-error"].Total.Should().Be(15);
        rows["compile-error"].Points.Should().Equal(2, 2, 3, 2, 4, 0, 2);
        rows["empty"].Total.Should().Be(0);
        rows["empty"].Reason.Should().Contain("Aucun fichier du TP");
        rows.Values.Where(r => r.Submission != "empty").Should().OnlyContain(r => r.Reason == "" && r.Written == null);

        foreach (var name in rows.Keys)
        {
            File.Exists(Path.Combine(Report, name, "grade.json")).Should().BeTrue(name);
            File.Exists(Path.Combine(Report, name, "feedback.md")).Should().BeTrue(name);
            File.Exists(Path.Combine(Report, name, "hash.txt")).Should().BeTrue(name);
        }
        File.ReadAllText(Path.Combine(Report, "all-passing", "feedback.md")).Should().Contain("Note 20 / 20");

        var html = File.ReadAllText(Path.Combine(Report, "index.html"));
        var images = System.Text.RegularExpressions.Regex.Matches(html, "<img src=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        images.Should().HaveCount(2);
        images.Should().OnlyContain(png => png.EndsWith(".png") && new FileInfo(Path.Combine(Report, png)).Length > 1000);
        html.Should().Contain("Rows_of_the_weights_sum_to_one").And.Contain("Pas encore fait");

        // The instructor marks the written questions of one student; the next run keeps that mark.
        var gradebook = Path.Combine(Report, "grades.csv");
        File.WriteAllLines(gradebook, File.ReadAllLines(gradebook)
            .Select(l => l.StartsWith("compile-error,") ? l.Replace(",15,,", ",15,3.5,") : l));

        var second = GraderCli.Run("batch", Class, "--out", Report);
        second.ExitCode.Should().Be(0, second.Stderr);
        second.Stdout.Should().Contain("0 rendu(s) corrigé(s), 4 ignoré(s)");
        rows = ReadRows();
        rows["compile-error"].Written.Should().Be(3.5);
        rows["compile-error"].Total.Should().Be(18.5);
        rows["all-passing"].Total.Should().Be(20);
        rows["empty"].Reason.Should().Contain("Aucun fichier du TP");

        // Feedback in another language is another grading: nothing is skipped.
        var english = GraderCli.Run("batch", Class, "--out", Report, "--lang", "en");
        english.Stdout.Should().Contain("4 submission(s) graded, 0 skipped");
        File.ReadAllText(Path.Combine(Report, "all-passing", "feedback.md")).Should().Contain("Score 20 / 20");
    }

    [Fact]
    public void A_missing_class_folder_is_refused_in_one_line()
    {
        var outcome = GraderCli.Run("batch", Path.Combine(temp.FullName, "nowhere"), "--out", Report);
        outcome.ExitCode.Should().Be(2);
        outcome.Stderr.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain("n'existe pas");
    }
}
