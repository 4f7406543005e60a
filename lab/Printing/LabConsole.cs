using Spectre.Console;

namespace Attention.Lab.Printing;

/// <summary>
/// A Spectre.Console console on a writer: styles on an interactive terminal, plain text anywhere else
/// (a file, a pipe, a test's StringWriter), so that output can be compared and searched.
/// </summary>
internal static class LabConsole
{
    public static IAnsiConsole Create(TextWriter writer)
    {
        var terminal = IsTerminal(writer);
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            // Interactive on a terminal: Spectre draws a download's progress bars only there.
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
    }

    /// <summary>Whether <paramref name="writer"/> is the process's own standard output, on a terminal.</summary>
    public static bool IsTerminal(TextWriter writer) => ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
}
