namespace Attention.Grader.Localization;

/// <summary>
/// The language of what the grader says: French unless `--lang en`, or else ATTENTION_LANG=en.
/// The OS language is deliberately ignored. Read here only, once per command line.
/// </summary>
public static class Language
{
    public const string Variable = "ATTENTION_LANG";
    public const string French = "fr", English = "en";
    public static readonly string[] Names = [French, English];

    /// <summary>--lang's value when given (read before parsing: help and parse errors are already in it), else the variable's.</summary>
    public static string Choose(string[] args) => Of(OptionValue(args) ?? Environment.GetEnvironmentVariable(Variable));

    /// <summary>The kit's one rule (build/Language/LanguageChoice.cs, compiled into every project that reads the language):
    /// English for "en" or "english", any case, spaces around.</summary>
    public static string Of(string? value) => Attention.Languages.LanguageChoice.Of(value);

    static string? OptionValue(string[] args)
    {
        string? found = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Length && Names.Contains(args[i + 1])) found = args[i + 1];
            else if (args[i].StartsWith("--lang=", StringComparison.Ordinal) && Names.Contains(args[i]["--lang=".Length..])) found = args[i]["--lang=".Length..];
        }
        return found;
    }
}
