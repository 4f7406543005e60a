using System.Globalization;

namespace Attention.Lab.Printing;

/// <summary>Fills a message of <see cref="Strings"/>; numbers always with a decimal point, as PyTorch prints them.</summary>
internal static class Formatting
{
    public static string Format(string template, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args);

    /// <summary>A number with <paramref name="decimals"/> decimals: 0.1234.</summary>
    public static string Number(double value, int decimals) =>
        value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    /// <summary>A list of words as a C# collection: ["Le", "chat"].</summary>
    public static string Words(IEnumerable<string> words) =>
        "[" + string.Join(", ", words.Select(word => $"\"{word}\"")) + "]";
}
