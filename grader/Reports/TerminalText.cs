using System.Text;

namespace Attention.Grader.Reports;

/// <summary>
/// Text from a submission made safe for a terminal: every control character but the line break and
/// the tab is shown as its visible symbol (ESC as ␛, CR as ␍), so that a folder name, an exception
/// message or printed output can never move the cursor, clear the screen, recolour or overwrite a
/// line (a fake "20 / 20" row); bidirectional overrides, which reorder what is shown, become �.
/// </summary>
public static class TerminalText
{
    /// <summary>The same on one line: a line break is shown too (␊), for a line that must stay one (a batch's row).</summary>
    public static string Line(string text) => Safe(text).Replace('\n', '\u240A');

    public static string Safe(string text)
    {
        if (!text.Any(IsUnsafe)) return text;
        var safe = new StringBuilder(text.Length);
        foreach (var c in text)
            safe.Append(!IsUnsafe(c) ? c : c < 0x20 ? (char)(0x2400 + c) : c == 0x7F ? '\u2421' : '\uFFFD');
        return safe.ToString();
    }

    static bool IsUnsafe(char c) =>
        (char.IsControl(c) && c is not ('\n' or '\t')) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
