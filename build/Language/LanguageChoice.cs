using System;

namespace Attention.Languages;

/// <summary>
/// The one rule for the language a person reads (ATTENTION_LANG, the lab's --lang): English for "en"
/// or "english", in any case and with spaces around; French for anything else, or nothing. The OS
/// language is deliberately ignored. The suite and the student's project must not reference the
/// grader, so this file is compiled into each project that reads the language (a linked source, not a
/// shared assembly): tests/, lab/, the allow-list analyzer, and the matmul shape check's generator,
/// whose generated code carries <see cref="EnglishTest"/>. grader/tests/Localization pins the spellings.
/// </summary>
internal static class LanguageChoice
{
    public const string French = "fr", English = "en";

    /// <summary>How English may be written, lower case.</summary>
    public static readonly string[] EnglishSpellings = [English, "english"];

    public static bool IsEnglish(string? value) =>
        value is not null && Array.IndexOf(EnglishSpellings, value.Trim().ToLowerInvariant()) >= 0;

    /// <summary>"en" or "fr".</summary>
    public static string Of(string? value) => IsEnglish(value) ? English : French;

    /// <summary>The same test as C# source, for generated code that cannot call this class: <c>value?.Trim().ToLowerInvariant() is "en" or "english"</c>.</summary>
    public static string EnglishTest(string value) =>
        value + "?.Trim().ToLowerInvariant() is " + string.Join(" or ", Array.ConvertAll(EnglishSpellings, s => "\"" + s + "\""));
}
