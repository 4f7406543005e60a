using System.Security.Cryptography;
using Attention.Grader.Localization;
using Attention.Grader.Results;
using Spectre.Console;

namespace Attention.Grader.Reports;

/// <summary>
/// Echoes what the student's code printed. In GitHub Actions it is fenced with ::stop-commands::, so
/// a printed `::notice …` or `::set-output` is shown as text and never obeyed; terminal escapes are
/// shown, never obeyed, everywhere (TerminalText).
/// </summary>
public static class StudentOutput
{
    public static void Write(GradeReport report, IAnsiConsole console)
    {
        var language = report.Language ?? Language.French;
        var inActions = Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";
        foreach (var exercise in report.Exercises.Where(e => e.Output is not null))
        {
            console.MarkupLine($"[grey]{Markup.Escape(TerminalText.Safe(Texts.Of(language, nameof(Strings.OutputOf), exercise.Title)))}[/]");
            var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            if (inActions) Console.WriteLine($"::stop-commands::{token}");
            Console.Write(TerminalText.Safe(exercise.Output!));
            if (inActions) Console.WriteLine($"::{token}::");
        }
    }
}
