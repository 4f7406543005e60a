using System.Globalization;

namespace Attention.Lab.Cli;

/// <summary>
/// The language of the lab: French unless `--lang en` or ATTENTION_LANG=en (as the tests' messages).
/// The OS language is deliberately not used: the lab is French first.
/// </summary>
internal static class Language
{
    public const string Variable = "ATTENTION_LANG";
    public static readonly string[] Names = ["fr", "en"];

    /// <summary>The option's value when given, else the environment variable's, else French.</summary>
    /// <remarks>Read by the kit's one rule (build/Language/LanguageChoice.cs, compiled in), as the suite and the grader read it.</remarks>
    public static CultureInfo Choose(string? option, string? variable) =>
        CultureInfo.GetCultureInfo(Languages.LanguageChoice.Of(option ?? variable));

    /// <summary>Runs <paramref name="action"/> with <see cref="Strings"/> and System.CommandLine in <paramref name="culture"/>.</summary>
    public static T In<T>(CultureInfo culture, Func<T> action)
    {
        var (previousUi, previousStrings) = (CultureInfo.CurrentUICulture, Strings.Culture);
        try
        {
            CultureInfo.CurrentUICulture = culture;
            Strings.Culture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previousUi;
            Strings.Culture = previousStrings;
        }
    }
}
