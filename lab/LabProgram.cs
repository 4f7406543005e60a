using System.Text;
using Attention.Lab.Cli;

namespace Attention.Lab;

/// <summary>Runs one section of the handout on the implementation it is given.</summary>
public static class LabProgram
{
    /// <summary>The entry point of student/ and solution/: `dotnet run --project student -- scaling`.</summary>
    public static int Run(string[] args, AttentionImplementation implementation)
    {
        // "é" and "█" on any terminal, Windows consoles included.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return Run(args, implementation, Console.Out, Console.Error);
    }

    /// <summary>The same, printing to <paramref name="output"/> and <paramref name="error"/>; returns the exit code.</summary>
    public static int Run(string[] args, AttentionImplementation implementation, TextWriter output, TextWriter error) =>
        LabCommandLine.Invoke(args, implementation, output, error);
}
