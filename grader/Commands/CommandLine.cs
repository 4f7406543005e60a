using System.CommandLine;
using System.Globalization;
using Attention.Grader.Localization;

namespace Attention.Grader.Commands;

/// <summary>The grader's commands, declared once with their options and defaults, in the language of the command line.</summary>
public static class CommandLine
{
    public static int Invoke(string[] args)
    {
        var language = Language.Choose(args);
        var root = new RootCommand(Texts.Of(language, nameof(Strings.RootDescription)))
        {
            GradeCommand.Create(language), ReleaseCommand.Create(language), BatchCommand.Create(language),
        };
        // System.CommandLine 2.0.0's French resources lack the help option's description.
        foreach (var help in root.Options.OfType<System.CommandLine.Help.HelpOption>())
            help.Description = Texts.Of(language, nameof(Strings.HelpDescription));
        // System.CommandLine's own words (help headings, parse errors) come from its satellite
        // resources in the UI culture: set to the grader's language, never the OS's.
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            return root.Parse(args).Invoke();
        }
        finally { CultureInfo.CurrentUICulture = previous; }
    }

    /// <summary>--lang, whose default is the language chosen before parsing (ATTENTION_LANG, else French).</summary>
    public static Option<string> LanguageOption(string language) => new Option<string>("--lang")
    {
        Description = Texts.Of(language, nameof(Strings.LangDescription)),
        DefaultValueFactory = _ => language,
        Recursive = true,
    }.AcceptOnlyFromAmong(Language.Names);
}
