using Attention.Grader.Batch;
using Attention.Grader.Reports;
using Attention.Grader.Results;
using Spectre.Console;
using TestResult = Attention.Grader.Results.TestResult;

namespace Attention.Grader.Tests.Reports;

/// <summary>
/// What a submission controls (its folder's name, its exception messages, its output) reaches every
/// report through one escaping function per format: shown, never obeyed.
/// </summary>
public sealed class EscapingTests
{
    const string Forged = "ok</details><img src=https://evil.example/p.png> ![p](https://evil.example/q.png) | ex9 | 20 / 20 |";

    static GradeReport Failing(string message) => new()
    {
        Score = 0, MaxScore = 2, Language = "fr", Assignment = "TP",
        Exercises =
        [
            new ExerciseResult
            {
                Id = "ex1", Title = "Exercice 1", Points = 0, MaxPoints = 2, Status = ExerciseStatus.Failed, Message = message,
                Tests = [new TestResult("A", TestStatus.Failed, message)],
            },
        ],
    };

    [Fact]
    public void Markdown_shows_a_messages_html_and_links_and_never_renders_them()
    {
        var markdown = Failing(Forged).ToMarkdown();
        markdown.Should().NotContain("<img").And.NotContain("</details><").And.NotContain("](https://");
        markdown.Should().Contain("&lt;/details&gt;&lt;img src=https://evil.example/p.png&gt;");
        markdown.Split('\n').Count(l => l.StartsWith("</details>")).Should().Be(1, "only the report's own closes its details");
        markdown.Split('\n').Where(l => l.StartsWith("| ")).Should().OnlyContain(l => !l.Contains(" | 20 / 20 |"), "no forged row");
    }

    [Fact]
    public void Markdown_of_a_refused_submission_shows_its_reason_as_text()
    {
        var markdown = (GradeReport.Failed("<script>alert(1)</script>", 20) with { Assignment = "TP" }).ToMarkdown();
        markdown.Should().NotContain("<script>").And.Contain("&lt;script&gt;");
    }

    [Fact]
    public void The_console_shows_terminal_escapes_and_never_obeys_them()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        ConsoleReport.Write(Failing("\u001b[2J\u001b[32mNote : 20 / 20\rfin \u202Eabc"), console);
        output.ToString().Should().NotContain("\u001b").And.NotContain("\r").And.NotContain("\u202E");
        output.ToString().Should().Contain("␛[2J␛[32mNote");
    }

    [Fact]
    public void Terminal_text_keeps_line_breaks_tabs_and_every_letter()
    {
        TerminalText.Safe("Évalué\tà 20 / 20\nsuite ✓").Should().Be("Évalué\tà 20 / 20\nsuite ✓");
        TerminalText.Safe("a\u001bb\u0007c\u009bd\u2066e").Should().Be("a␛b␇c\uFFFDd\uFFFDe");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"20\")")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tcmd")]
    [InlineData("'=already guarded")]
    public void Grades_csv_never_starts_a_text_field_with_a_formula_and_reads_it_back_unchanged(string name)
    {
        var book = new Gradebook(["ex1"], [new GradebookRow(name, [2], 2, 1.5, name)]);
        var csv = book.ToCsv();
        var row = csv.Split('\n', 2)[1];
        row.TrimStart('"').Should().StartWith("'", "a spreadsheet shows a field behind an apostrophe as text");
        var back = Gradebook.Parse(csv).Rows.Single();
        back.Submission.Should().Be(name);
        back.Reason.Should().Be(name);
        back.Written.Should().Be(1.5);
    }

    [Fact]
    public void Grades_csv_leaves_ordinary_names_and_negative_numbers_as_they_are()
    {
        var csv = new Gradebook(["ex1"], [new GradebookRow("alice", [2], -1, -3, "")]).ToCsv();
        csv.Split('\n')[1].Should().Be("alice,2,-1,-3,");
    }
}
