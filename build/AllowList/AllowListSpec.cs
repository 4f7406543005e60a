using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.Serialization.Json;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Attention.AllowList;

/// <summary>
/// What the allow-list reads from assignment.json: allowList (groups of allowed and refused names),
/// forbiddenApis (libtorch's own attention), studentFiles (the only files checked) and the exercises
/// (which code belongs to which). Read by this one parser for the grader and the analyzer alike.
/// </summary>
public sealed record AllowListSpec(AllowListRules Rules, IReadOnlyList<string> StudentFiles, ExerciseMap Exercises)
{
    /// <summary>A kit setting, never read from assignment.json: the kit's own tests turn the check off
    /// for the golden submissions that must reach the runtime containment (a marker file `unrestricted`).</summary>
    public bool Enabled { get; init; } = true;

    public static AllowListSpec Empty { get; } = new(new AllowListRules([], [], []), [], new ExerciseMap([]));

    /// <exception cref="FormatException">assignment.json is not JSON, or its allowList has no allowed names.</exception>
    public static AllowListSpec Parse(string assignmentJson)
    {
        XElement root;
        try
        {
            // The framework's own JSON reader (JSON as XML): an analyzer can bring no JSON library of its own.
            using var reader = JsonReaderWriterFactory.CreateJsonReader(Encoding.UTF8.GetBytes(assignmentJson), XmlDictionaryReaderQuotas.Max);
            root = XElement.Load(reader);
        }
        catch (XmlException e)
        {
            throw new FormatException(e.Message, e);
        }

        var allowList = root.Element("allowList");
        var allowed = Names(allowList?.Element("allowed"));
        if (allowed.Count == 0) throw new FormatException("allowList.allowed lists no name");
        var rules = new AllowListRules(allowed, Names(allowList?.Element("refused")), Names(root.Element("forbiddenApis")));
        var studentFiles = Items(root.Element("studentFiles")).Select(f => Text(f, "path")).ToList();
        var exercises = Items(root.Element("exercises")).Select(e => new ExerciseInfo(
            Text(e, "id"),
            Text(e, "file"),
            Names(e.Element("members")),
            Text(e.Element("title"), "fr"),
            Text(e.Element("title"), "en"))).ToList();
        return new AllowListSpec(rules, studentFiles, new ExerciseMap(exercises));
    }

    /// <summary>The strings of an array, or of every array of an object of groups ({"files": […], …}).</summary>
    static IReadOnlyList<string> Names(XElement? element) =>
        element is null ? []
        : (string?)element.Attribute("type") == "object" ? element.Elements().SelectMany(Names).ToList()
        : Items(element).Select(item => item.Value.Trim()).Where(name => name.Length > 0).ToList();

    static IEnumerable<XElement> Items(XElement? array) => array?.Elements("item") ?? [];

    static string Text(XElement? element, string name) => element?.Element(name)?.Value ?? "";
}
