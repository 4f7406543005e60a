using System.Globalization;

namespace Attention.Tests.Support;

/// <summary>
/// The messages students read, from Messages.resx (French) and Messages.en.resx (English), named
/// through the class generated from them: <c>Feedback.Text(nameof(Messages.Key), …)</c>, so a key that
/// does not exist does not compile. French unless ATTENTION_LANG=en: the OS language is deliberately not used.
/// </summary>
public static class Feedback
{
    public const string LanguageVariable = "ATTENTION_LANG";

    /// <summary>ATTENTION_LANG read by the kit's one rule (build/Language/LanguageChoice.cs, compiled in): English for "en" or "english", else French.</summary>
    public static CultureInfo Culture =>
        CultureInfo.GetCultureInfo(Languages.LanguageChoice.Of(Environment.GetEnvironmentVariable(LanguageVariable)));

    /// <summary>The message named <paramref name="key"/> (a <c>nameof(Messages.…)</c>), formatted with <paramref name="args"/>.</summary>
    public static string Text(string key, params object?[] args)
    {
        var template = Messages.ResourceManager.GetString(key, Culture)
            ?? throw new ArgumentException($"no message {key}", nameof(key));
        return string.Format(CultureInfo.InvariantCulture, template, args);
    }
}
