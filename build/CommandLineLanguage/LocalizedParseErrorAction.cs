using System.CommandLine;
using System.CommandLine.Invocation;

namespace Attention.CommandLineLanguage;

/// <summary>
/// What System.CommandLine's ParseErrorAction does (the errors on stderr, a blank line, the help; exit 1),
/// in the command line's language. Its typo suggestions are left out: their heading has no French.
/// </summary>
internal sealed class LocalizedParseErrorAction(CommandLineWords words) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var error = parseResult.InvocationConfiguration.Error;
        foreach (var parseError in parseResult.Errors) error.WriteLine(ParseErrorMessage.Of(parseError, words));
        error.WriteLine();
        HelpWriter.Write(parseResult.CommandResult.Command, words, parseResult.InvocationConfiguration.Output);
        return 1;
    }
}
