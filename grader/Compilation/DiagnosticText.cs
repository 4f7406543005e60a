using System.Text;

namespace Attention.Grader.Compilation;

/// <summary>
/// A compiler message as the reports may carry it. Its text can come from the student's source
/// (an `#error` line, an identifier, a literal): control characters (ANSI escapes that would repaint
/// the console, line breaks that would forge report lines) become U+FFFD, and it is cut to a bound.
/// </summary>
public static class DiagnosticText
{
    public static string Clean(string message, int maxCharacters)
    {
        var text = new StringBuilder(Math.Min(message.Length, maxCharacters + 1));
        foreach (var c in message.Length > maxCharacters ? message[..maxCharacters] : message)
            text.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? '\uFFFD' : c);
        if (message.Length > maxCharacters) text.Append('…');
        return text.ToString();
    }
}
