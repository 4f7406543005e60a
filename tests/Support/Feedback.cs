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

    /// <summary>English when ATTENTION_LANG is "en" or "english" (any case, spaces around); French otherwise.
    /// The grader, the lab and the matmul shape check read the variable with the same rule (LanguageSpellingTests pin them).</summary>
    public static CultureInfo Culture => CultureOf(Environment.GetEnvironmentVariable(LanguageVariable));

    public static CultureInfo CultureOf(string? value) =>
        value?.Trim().ToLowerInvariant() is "en" or "english"
            ? CultureInfo.GetCultureInfo("en")
            : CultureInfo.GetCultureInfo("fr");

    /// <summary>The message named <paramref name="key"/> (a <c>nameof(Messages.…)</c>), formatted with <paramref name="args"/>.</summary>
    public static string Text(string key, params object?[] args)
    {
        var template = Messages.ResourceManager.GetString(key, Culture)
            ?? throw new ArgumentException($"no message {key}", nameof(key));
        return string.Format(CultureInfo.InvariantCulture, template, args);
    }
}
