using System.Globalization;
using System.Text;
using Attention.Grader.Localization;
using Attention.Grader.Results;

namespace Attention.Grader.Reports;

/// <summary>The report as Markdown, for $GITHUB_STEP_SUMMARY and the students' feedback files.</summary>
public static class MarkdownReport
{
    public static string ToMarkdown(this GradeReport report)
    {
        // Grading did not run: the report is what went wrong.
        if (report.Error is not null) return $"## {report.Assignment}\n\n{report.Error}\n";
        var language = report.Language ?? Language.French;
        var text = new StringBuilder();
        text.AppendLine($"## {report.Assignment} — {Strings.Text(language, "Score")} {Number(report.Score)} / {Number(report.MaxScore)}");
        text.AppendLine();
        text.AppendLine($"| {Strings.Text(language, "Exercise")} | {Strings.Text(language, "Points")} | {Strings.Text(language, "Status")} | {Strings.Text(language, "Message")} |");
        text.AppendLine("|---|---:|---|---|");
        foreach (var e in report.Exercises)
            text.AppendLine($"| {Cell(e.Title)} | {Number(e.Points)} / {Number(e.MaxPoints)} | {Strings.Status(language, e.Status)} | {Cell(e.Message)} |");
        foreach (var e in report.Exercises.Where(e => e.Tests.Any(t => t.Status != TestStatus.Passed)))
        {
            text.AppendLine();
            text.AppendLine($"<details><summary>{Cell(e.Title)}</summary>");
            text.AppendLine();
            foreach (var t in e.Tests)
                text.AppendLine($"- {(t.Status == TestStatus.Passed ? "✅" : "❌")} `{t.Name}`{(t.Status == TestStatus.Passed ? "" : " — " + Cell(t.Message))}");
            text.AppendLine();
            text.AppendLine("</details>");
        }
        if (report.ForgedLines > 0)
        {
            text.AppendLine();
            text.AppendLine(Strings.Text(language, "ForgedLines", report.ForgedLines));
        }
        return text.ToString();
    }

    static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    static string Cell(string text) => text.Replace("|", "\\|").Replace("\r", "").Replace("\n", "<br>");
}
