using System.CommandLine;
using Attention.Grader.Localization;

namespace Attention.Grader.Commands;

/// <summary>The grader's commands, declared once with their options and defaults.</summary>
public static class CommandLine
{
    public static int Invoke(string[] args)
    {
        Strings.Language = LanguageOf(args) ?? Strings.Language;
        var root = new RootCommand(Strings.Text("RootDescription"))
        {
            GradeCommand.Create(), ReleaseCommand.Create(), BatchCommand.Create(),
        };
        return root.Parse(args).Invoke();
    }

    public static Option<string> LanguageOption() => new Option<string>("--lang")
    {
        Description = Strings.Text("LangDescription"),
        DefaultValueFactory = _ => Strings.Language,
        Recursive = true,
    }.AcceptOnlyFromAmong("fr", "en");

    /// <summary>--lang is read first: the help and the errors of parsing are already in that language.</summary>
    static string? LanguageOf(string[] args)
    {
        var at = Array.FindIndex(args, a => a == "--lang");
        if (at >= 0 && at + 1 < args.Length && args[at + 1] is "fr" or "en") return args[at + 1];
        return args.Select(a => a.StartsWith("--lang=") ? a["--lang=".Length..] : null).LastOrDefault(v => v is "fr" or "en");
    }
}
