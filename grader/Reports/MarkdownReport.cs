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
        if (report.Error is not null) return $"## {report.Assignment}\n\n{Cell(report.Error)}\n";
        var language = report.Language ?? Language.French;
        var text = new StringBuilder();
        text.AppendLine($"## {report.Assignment} — {Texts.Of(language, nameof(Strings.Score))} {Scoring.Format(report.Score)} / {Scoring.Format(report.MaxScore)}");
        text.AppendLine();
        foreach (var notice in report.Notices ?? [])
            text.AppendLine($"> ⚠️ {Cell(notice)}").AppendLine();
        text.AppendLine($"| {Texts.Of(language, nameof(Strings.Exercise))} | {Texts.Of(language, nameof(Strings.Points))} | {Texts.Of(language, nameof(Strings.Status))} | {Texts.Of(language, nameof(Strings.Message))} |");
        text.AppendLine("|---|---:|---|---|");
        foreach (var e in report.Exercises)
            text.AppendLine($"| {Cell(e.Title)} | {Scoring.Format(e.Points)} / {Scoring.Format(e.MaxPoints)} | {Texts.Status(language, e.Status)} | {Cell(FailureText.Shortened(e.Message))} |");
        foreach (var e in report.Exercises.Where(e => e.Tests.Any(t => t.Status != TestStatus.Passed)))
        {
            text.AppendLine();
            text.AppendLine($"<details><summary>{Cell(e.Title)}</summary>");
            text.AppendLine();
            foreach (var t in e.Tests)
                text.AppendLine($"- {(t.Status == TestStatus.Passed ? "✅" : "❌")} `{Cell(t.Name)}`{(t.Status == TestStatus.Passed ? "" : " — " + Cell(FailureText.Shortened(t.Message)))}");
            text.AppendLine();
            text.AppendLine("</details>");
        }
        if (report.ForgedLines > 0)
        {
            text.AppendLine();
            text.AppendLine(Texts.Of(language, nameof(Strings.ForgedLines), report.ForgedLines));
        }
        return text.ToString();
    }

    static string Cell(string text) => MarkdownText.Inline(text);
}
