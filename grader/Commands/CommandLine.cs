using System.CommandLine;
using Attention.Grader.Localization;

namespace Attention.Grader.Commands;

/// <summary>The grader's commands, declared once with their options and defaults, in the language of the command line.</summary>
public static class CommandLine
{
    public static int Invoke(string[] args)
    {
        var language = Language.Choose(args);
        var root = new RootCommand(Strings.Text(language, "RootDescription"))
        {
            GradeCommand.Create(language), ReleaseCommand.Create(language), BatchCommand.Create(language),
        };
        return root.Parse(args).Invoke();
    }

    /// <summary>--lang, whose default is the language chosen before parsing (ATTENTION_LANG, else French).</summary>
    public static Option<string> LanguageOption(string language) => new Option<string>("--lang")
    {
        Description = Strings.Text(language, "LangDescription"),
        DefaultValueFactory = _ => language,
        Recursive = true,
    }.AcceptOnlyFromAmong(Language.Names);
}
