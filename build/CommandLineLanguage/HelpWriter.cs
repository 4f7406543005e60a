using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using System.Globalization;

namespace Attention.CommandLineLanguage;

/// <summary>
/// The layout of System.CommandLine 2.0.0's help (description, usage, arguments, options, commands;
/// two aligned columns), written with <see cref="CommandLineWords"/> instead of its own resources.
/// </summary>
internal static class HelpWriter
{
    const string Indent = "  ";

    public static void Write(Command command, CommandLineWords words, TextWriter output)
    {
        Section(output, words.DescriptionTitle, [command.Description ?? ""]);
        Section(output, words.UsageTitle, [Usage(command, words)]);
        Columns(output, words.ArgumentsTitle, Lineage(command).SelectMany(c => c.Arguments).Where(a => !a.Hidden).Select(a => Row(a, words)).Distinct().ToList());
        Columns(output, words.OptionsTitle, Options(command).Select(o => Row(o, words)).ToList());
        Columns(output, words.CommandsTitle, command.Subcommands.Where(c => !c.Hidden).Select(c => (Label(c), c.Description ?? "")).ToList());
    }

    static void Section(TextWriter output, string title, IEnumerable<string> lines)
    {
        output.WriteLine(title);
        foreach (var line in lines.Where(l => l.Length > 0)) output.WriteLine(Indent + line);
        output.WriteLine();
    }

    static void Columns(TextWriter output, string title, IReadOnlyList<(string First, string Second)> rows)
    {
        if (rows.Count == 0) return;
        var width = rows.Max(row => row.First.Length);
        Section(output, title, rows.Select(row => row.Second.Length == 0 ? row.First : row.First.PadRight(width) + Indent + row.Second));
    }

    /// <summary>The command and its parents, root first.</summary>
    static IEnumerable<Command> Lineage(Command command)
    {
        var lineage = new List<Command>();
        for (Command? current = command; current is not null; current = current.Parents.OfType<Command>().FirstOrDefault())
            lineage.Insert(0, current);
        return lineage;
    }

    static string Usage(Command command, CommandLineWords words)
    {
        var lineage = Lineage(command).ToList();
        var parts = lineage.SelectMany(c => new[] { c.Name, ArgumentsUsage(c.Arguments) }).ToList();
        if (command.Subcommands.Any(c => !c.Hidden)) parts.Add(words.UsageCommand);
        if (Options(command).Any()) parts.Add(words.UsageOptions);
        return string.Join(' ', parts.Where(part => part.Length > 0));
    }

    /// <summary>`&lt;A&gt; [&lt;B&gt;...]`: an optional argument in brackets, closed after the last.</summary>
    static string ArgumentsUsage(IEnumerable<Argument> arguments)
    {
        var shown = arguments.Where(a => !a.Hidden).ToList();
        var optional = shown.Count(a => a.Arity.MinimumNumberOfValues == 0);
        var labels = shown.Select(a => (a.Arity.MinimumNumberOfValues == 0 ? "[" : "") + $"<{a.Name}>" + (a.Arity.MaximumNumberOfValues > 1 ? "..." : ""));
        return string.Join(' ', labels) + new string(']', optional);
    }

    /// <summary>The command's own options (help and version last), then the recursive ones of its parents.</summary>
    static IEnumerable<Option> Options(Command command)
    {
        var own = command.Options.Where(o => !o.Hidden).OrderBy(o => o is HelpOption or VersionOption).ToList();
        var inherited = Lineage(command).Reverse().Skip(1).SelectMany(parent => parent.Options)
            .Where(o => o is { Recursive: true, Hidden: false } && !(o is HelpOption && own.Any(x => x is HelpOption)));
        return own.Concat(inherited);
    }

    static (string, string) Row(Argument argument, CommandLineWords words)
    {
        var value = ShownDefault(argument.HasDefaultValue, argument.ValueType, argument.GetDefaultValue);
        return (ValueLabel(argument.HelpName, argument.ValueType, argument.Arity, argument) ?? $"<{argument.Name}>",
            Described(argument.Description, value, words));
    }

    static (string, string) Row(Option option, CommandLineWords words)
    {
        // As System.CommandLine: by prefix then name, one of `-h` and `/h`.
        var names = new[] { option.Name }.Concat(option.Aliases)
            .Select(name => (Prefix: name[..(name.Length - name.TrimStart('-', '/').Length)], Name: name.TrimStart('-', '/')))
            .OrderBy(n => n.Prefix, StringComparer.OrdinalIgnoreCase).ThenBy(n => n.Name, StringComparer.OrdinalIgnoreCase)
            .DistinctBy(n => n.Name).Select(n => n.Prefix + n.Name);
        var value = ShownDefault(option.HasDefaultValue, option.ValueType, option.GetDefaultValue);
        return (Join(string.Join(", ", names), ValueLabel(option.HelpName, option.ValueType, option.Arity, option)),
            Described(option.Description, value, words));
    }

    static string Label(Command command) =>
        string.Join(' ', command.Arguments.Where(a => !a.Hidden).Select(a => $"<{a.Name}>").Prepend(command.Name));

    /// <summary>`&lt;HelpName&gt;`, else the accepted values `&lt;en|fr&gt;`, else an option's name; none for a flag.</summary>
    static string? ValueLabel(string? helpName, Type type, ArgumentArity arity, Symbol symbol)
    {
        if (!string.IsNullOrWhiteSpace(helpName)) return $"<{helpName}>";
        if (type == typeof(bool) || type == typeof(bool?) || arity.MaximumNumberOfValues <= 0) return null;
        var completions = string.Join('|', symbol.GetCompletions(CompletionContext.Empty).Select(item => item.Label));
        if (completions.Length > 0) return $"<{completions}>";
        return symbol is Option ? $"<{symbol.Name.TrimStart('-', '/')}>" : null;
    }

    /// <summary>Shown as System.CommandLine shows it: never for a flag, nothing when the default is null or blank.</summary>
    static string? ShownDefault(bool hasDefault, Type type, Func<object?> value)
    {
        if (!hasDefault || type == typeof(bool) || type == typeof(bool?)) return null;
        var text = value() switch
        {
            null => "",
            string s => s,
            System.Collections.IEnumerable values => string.Join('|', values.Cast<object>()),
            var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "",
        };
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    static string Described(string? description, string? shownDefault, CommandLineWords words) =>
        Join(description, shownDefault is null ? null : string.Format(CultureInfo.InvariantCulture, words.DefaultValue, shownDefault));

    static string Join(string? first, string? second) => $"{first} {second}".Trim();
}
