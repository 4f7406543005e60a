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
        var text = new StringBuilder();
        text.AppendLine($"## {report.Assignment} — {Strings.Text("Score")} {Number(report.Score)} / {Number(report.MaxScore)}");
        text.AppendLine();
        foreach (var notice in report.Notices ?? [])
            text.AppendLine($"> ⚠️ {Cell(notice)}").AppendLine();
        text.AppendLine($"| {Strings.Text("Exercise")} | {Strings.Text("Points")} | {Strings.Text("Status")} | {Strings.Text("Message")} |");
        text.AppendLine("|---|---:|---|---|");
        foreach (var e in report.Exercises)
            text.AppendLine($"| {Cell(e.Title)} | {Number(e.Points)} / {Number(e.MaxPoints)} | {Strings.Text("Status." + e.Status)} | {Cell(e.Message)} |");
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
        return text.ToString();
    }

    static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    static string Cell(string text) => text.Replace("|", "\\|").Replace("\r", "").Replace("\n", "<br>");
}
