namespace Attention.Grader.Results;

/// <summary>
/// A failure message by the suite's convention: its first line is the headline a student reads
/// first (the diagnosis of the mistake, or the hint), the lines after it are the values. Reports
/// show the headline whole and the values shortened.
/// </summary>
public static class FailureText
{
    /// <summary>How much of the values an exercise's message keeps: lines, and characters per line.</summary>
    public const int ValueLines = 3;
    public const int ValueWidth = 160;

    /// <summary>How long a test's own message may be in grade.json's tests[].</summary>
    public const int TestMessageLength = 2000;

    public static string Headline(string message) => Lines(message).FirstOrDefault() ?? "";

    public static IEnumerable<string> Values(string message) => Lines(message).Skip(1);

    /// <summary>The headline whole, then at most <paramref name="valueLines"/> lines of values, each cut at <paramref name="valueWidth"/>.</summary>
    public static string Shortened(string message, int valueLines = ValueLines, int valueWidth = ValueWidth)
    {
        var values = Values(message).ToList();
        var kept = values.Take(valueLines).Select(line => Cut(line, valueWidth)).ToList();
        if (values.Count > valueLines) kept[^1] = kept[^1].EndsWith('…') ? kept[^1] : kept[^1] + " …";
        return string.Join("\n", kept.Prepend(Headline(message)));
    }

    /// <summary>The message whole up to <see cref="TestMessageLength"/> characters.</summary>
    public static string Bounded(string message) => Cut(message, TestMessageLength);

    static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    static IEnumerable<string> Lines(string message) =>
        message.Replace("\r", "").Split('\n').Select(line => line.TrimEnd()).Where(line => line.Length > 0);
}
