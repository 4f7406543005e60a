using System.CommandLine.Parsing;
using System.Globalization;

namespace Attention.CommandLineLanguage;

/// <summary>
/// An integer option's parser. System.CommandLine 2.0.0's French satellite leaves its conversion error
/// ("Cannot parse argument … as expected type 'System.Int32'") in English: the option says it itself.
/// </summary>
internal static class WholeNumber
{
    /// <param name="message">the program's template: {0} the value given, {1} the option's name.</param>
    public static Func<ArgumentResult, int> Parser(string message) => result =>
    {
        var given = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (int.TryParse(given, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
        result.AddError(string.Format(CultureInfo.InvariantCulture, message, given, (result.Parent as OptionResult)?.Option.Name));
        return 0;
    };
}
