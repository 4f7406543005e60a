using System.Globalization;
using Attention.Grader.Localization;
using Attention.Grader.Results;
using Spectre.Console;

namespace Attention.Grader.Reports;

/// <summary>The table a student sees in the terminal: points, status and, for a failed exercise, its headline then its values.</summary>
public static class ConsoleReport
{
    public static void Write(GradeReport report, IAnsiConsole console)
    {
        var language = report.Language ?? Language.French;
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(report.Assignment ?? ""));
        table.AddColumn(Strings.Text(language, "Exercise"));
        table.AddColumn(new TableColumn(Strings.Text(language, "Points")).RightAligned());
        table.AddColumn(Strings.Text(language, "Status"));
        table.AddColumn(Strings.Text(language, "Message"));
        foreach (var e in report.Exercises)
        {
            var colour = e.Status == ExerciseStatus.Passed ? "green" : e.Points > 0 ? "yellow" : "red";
            table.AddRow(
                new Markup(Markup.Escape(e.Title)),
                new Markup($"[{colour}]{Number(e.Points)} / {Number(e.MaxPoints)}[/]"),
                new Markup($"[{colour}]{Markup.Escape(Strings.Status(language, e.Status))}[/]"),
                Message(e.Message));
        }
        console.Write(table);
        console.MarkupLine($"[bold]{Markup.Escape(Strings.Text(language, "Score"))} : {Number(report.Score)} / {Number(report.MaxScore)}[/]");
        if (report.ForgedLines > 0) console.MarkupLine($"[yellow]{Markup.Escape(Strings.Text(language, "ForgedLines", report.ForgedLines))}[/]");
    }

    // A terminal cell is narrow: the headline and one short line of values (grade.json keeps more).
    const int ConsoleValueLines = 2;
    const int ConsoleValueWidth = 100;

    /// <summary>The headline whole (the column wraps it), the values after it, shortened and dimmed.</summary>
    static Markup Message(string message)
    {
        var headline = Markup.Escape(FailureText.Headline(message));
        var values = string.Join("\n", FailureText.Values(FailureText.Shortened(message, ConsoleValueLines, ConsoleValueWidth)).Select(Markup.Escape));
        return new Markup(values.Length == 0 ? headline : $"{headline}\n[grey]{values}[/]");
    }

    static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
