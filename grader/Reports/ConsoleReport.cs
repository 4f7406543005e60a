using System.Globalization;
using Attention.Grader.Localization;
using Attention.Grader.Results;
using Spectre.Console;

namespace Attention.Grader.Reports;

/// <summary>The table a student sees in the terminal: points, status and first failing check per exercise.</summary>
public static class ConsoleReport
{
    public static void Write(GradeReport report, IAnsiConsole console)
    {
        var language = report.Language ?? Language.French;
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(TerminalText.Safe(report.Assignment ?? "")));
        table.AddColumn(Texts.Of(language, nameof(Strings.Exercise)));
        table.AddColumn(new TableColumn(Texts.Of(language, nameof(Strings.Points))).RightAligned());
        table.AddColumn(Texts.Of(language, nameof(Strings.Status)));
        table.AddColumn(Texts.Of(language, nameof(Strings.Message)));
        foreach (var e in report.Exercises)
        {
            var colour = e.Status == ExerciseStatus.Passed ? "green" : e.Points > 0 ? "yellow" : "red";
            table.AddRow(
                new Markup(Markup.Escape(TerminalText.Safe(e.Title))),
                new Markup($"[{colour}]{Scoring.Format(e.Points)} / {Scoring.Format(e.MaxPoints)}[/]"),
                new Markup($"[{colour}]{Markup.Escape(Texts.Status(language, e.Status))}[/]"),
                Message(e.Message));
        }
        console.Write(table);
        foreach (var notice in report.Notices ?? [])
            console.MarkupLine($"[yellow]{Markup.Escape(TerminalText.Safe(notice))}[/]");
        console.MarkupLine($"[bold]{Markup.Escape(Texts.Of(language, nameof(Strings.Score)))} : {Scoring.Format(report.Score)} / {Scoring.Format(report.MaxScore)}[/]");
        if (report.ForgedLines > 0) console.MarkupLine($"[yellow]{Markup.Escape(Texts.Of(language, nameof(Strings.ForgedLines), report.ForgedLines))}[/]");
    }

    // A terminal cell is narrow: the headline and one short line of values (grade.json keeps more).
    const int ConsoleValueLines = 2;
    const int ConsoleValueWidth = 100;

    /// <summary>The headline whole (the column wraps it), the values after it, shortened and dimmed.</summary>
    static Markup Message(string message)
    {
        message = TerminalText.Safe(message);
        var headline = Markup.Escape(FailureText.Headline(message));
        var values = string.Join("\n", FailureText.Values(FailureText.Shortened(message, ConsoleValueLines, ConsoleValueWidth)).Select(Markup.Escape));
        return new Markup(values.Length == 0 ? headline : $"{headline}\n[grey]{values}[/]");
    }
}
