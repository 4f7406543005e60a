using System.CommandLine.Parsing;
using System.Globalization;

namespace Attention.CommandLineLanguage;

/// <summary>
/// A parse error as the program says it: System.CommandLine's own message, in the UI culture, except
/// the one its 2.0.0 French satellite leaves in English, recognised by its shape rather than its text:
/// an option given more values than its arity allows ("Option '--json' expects a single argument…").
/// </summary>
internal static class ParseErrorMessage
{
    public static string Of(ParseError error, CommandLineWords words) =>
        error.SymbolResult is OptionResult option
        && option.Tokens.Count > option.Option.Arity.MaximumNumberOfValues
        && !option.Option.AllowMultipleArgumentsPerToken
            ? string.Format(CultureInfo.InvariantCulture, words.TooManyValues, option.IdentifierToken?.Value ?? option.Option.Name, option.Tokens.Count)
            : error.Message;
}
