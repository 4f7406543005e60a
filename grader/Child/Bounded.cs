using Attention.Grader.Protocol;

namespace Attention.Grader.Child;

/// <summary>
/// What the child sends is cut before it leaves: a message of a few kilobytes (its first line kept
/// whole when it fits), a test name of a few hundred characters. A 20 MB exception message costs
/// the grader nothing.
/// </summary>
public static class Bounded
{
    public const int MessageChars = 4 * 1024;
    public const int NameChars = 512;

    public static ChildMessage Cut(ChildMessage message) => message with
    {
        Message = Text(message.Message, MessageChars),
        Test = Text(message.Test, NameChars),
    };

    public static string? Text(string? text, int limit)
    {
        if (text is null || text.Length <= limit) return text;
        const string mark = "\n[…]";
        var firstLine = text.IndexOf('\n');
        // Cut at a line's end when one falls in the second half of the budget, else mid-line.
        var cut = text.LastIndexOf('\n', limit - mark.Length);
        if (cut < (limit - mark.Length) / 2 || firstLine < 0 || firstLine > limit - mark.Length) cut = limit - mark.Length;
        if (char.IsHighSurrogate(text[cut - 1])) cut--;
        return text[..cut] + mark;
    }
}
