using System.Globalization;
using System.Resources;

namespace Attention.Grader.Localization;

/// <summary>What the grader says to people, from Strings.resx (French) and Strings.en.resx (English).</summary>
public static class Strings
{
    static readonly ResourceManager Resources = new("Attention.Grader.Localization.Strings", typeof(Strings).Assembly);

    /// <summary>fr or en; French unless told otherwise (--lang, or ATTENTION_LANG=en).</summary>
    public static string Language { get; set; } =
        Environment.GetEnvironmentVariable("ATTENTION_LANG")?.Trim().ToLowerInvariant() == "en" ? "en" : "fr";

    public static string Text(string key, params object?[] args)
    {
        var template = Resources.GetString(key, CultureInfo.GetCultureInfo(Language)) ?? key;
        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
    }
}
