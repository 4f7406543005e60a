using System.Globalization;
using System.Resources;

namespace Attention.Tests.Support;

/// <summary>
/// The messages students read, from Messages.resx (French) and Messages.en.resx (English).
/// French unless ATTENTION_LANG=en: the OS language is deliberately not used.
/// </summary>
public static class Feedback
{
    public const string LanguageVariable = "ATTENTION_LANG";

    static readonly ResourceManager Resources = new("Attention.Tests.Messages", typeof(Feedback).Assembly);

    public static CultureInfo Culture =>
        Environment.GetEnvironmentVariable(LanguageVariable)?.Trim().ToLowerInvariant() is "en" or "english"
            ? CultureInfo.GetCultureInfo("en")
            : CultureInfo.GetCultureInfo("fr");

    /// <summary>The message named <paramref name="key"/>, formatted with <paramref name="args"/>.</summary>
    public static string Text(string key, params object?[] args)
    {
        var template = Resources.GetString(key, Culture)
            ?? throw new InvalidOperationException($"No message '{key}' in Messages.resx.");
        return string.Format(CultureInfo.InvariantCulture, template, args);
    }
}
