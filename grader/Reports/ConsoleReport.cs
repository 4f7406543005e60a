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
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(report.Assignment ?? ""));
        table.AddColumn(Texts.Of(language, nameof(Strings.Exercise)));
        table.AddColumn(new TableColumn(Texts.Of(language, nameof(Strings.Points))).RightAligned());
        table.AddColumn(Texts.Of(language, nameof(Strings.Status)));
        table.AddColumn(Texts.Of(language, nameof(Strings.Message)));
        foreach (var e in report.Exercises)
        {
            var colour = e.Status == ExerciseStatus.Passed ? "green" : e.Points > 0 ? "yellow" : "red";
            table.AddRow(
                new Markup(Markup.Escape(e.Title)),
                new Markup($"[{colour}]{Scoring.Format(e.Points)} / {Scoring.Format(e.MaxPoints)}[/]"),
                new Markup($"[{colour}]{Markup.Escape(Texts.Status(language, e.Status))}[/]"),
                new Markup(Markup.Escape(Shorten(e.Message))));
        }
        console.Write(table);
        console.MarkupLine($"[bold]{Markup.Escape(Texts.Of(language, nameof(Strings.Score)))} : {Scoring.Format(report.Score)} / {Scoring.Format(report.MaxScore)}[/]");
        if (report.ForgedLines > 0) console.MarkupLine($"[yellow]{Markup.Escape(Texts.Of(language, nameof(Strings.ForgedLines), report.ForgedLines))}[/]");
    }

    static string Shorten(string message)
    {
        var firstLine = message.Split('\n')[0];
        return firstLine.Length <= 160 ? firstLine : firstLine[..157] + "…";
    }
}
