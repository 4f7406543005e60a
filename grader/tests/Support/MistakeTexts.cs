using System.Xml.Linq;

namespace Attention.Grader.Tests.Support;

/// <summary>The suite's mistake catalogue texts (tests/Mistakes.resx, French), by id, and the "either" headline of tests/Messages.resx.</summary>
public static class MistakeTexts
{
    public static IReadOnlyDictionary<string, string> French { get; } = Read("Mistakes.resx");

    public static string EitherPrefix { get; } = Read("Messages.resx")["EitherMistake"].Split("{0}")[0];

    static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(KitPaths.Root, "tests", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    /// <summary>The mistakes a failure's first line names: one, several (as either), or none.</summary>
    public static IReadOnlyList<string> NamedIn(string message)
    {
        var headline = message.Split('\n')[0];
        if (headline.StartsWith(EitherPrefix, StringComparison.Ordinal))
            return French.Where(t => headline.Contains(t.Value, StringComparison.Ordinal)).Select(t => t.Key).ToList();
        return French.Where(t => headline == t.Value).Select(t => t.Key).ToList();
    }
}
