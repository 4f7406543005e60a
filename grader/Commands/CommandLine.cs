using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
using Attention.CommandLineLanguage;
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
        // System.CommandLine 2.0.0's French resources lack half of its help's words: the help is ours.
        var words = Words(language);
        LocalizedHelpAction.Install(root, words);
        // Its parse errors come from its satellite resources in the UI culture: set to the grader's
        // language, never the OS's.
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            var parsed = root.Parse(args);
            // Its own error action writes typo suggestions under an English heading, and one of its messages in English.
            return parsed.Action is ParseErrorAction ? new LocalizedParseErrorAction(words).Invoke(parsed) : parsed.Invoke();
        }
        finally { CultureInfo.CurrentUICulture = previous; }
    }

    static CommandLineWords Words(string language) => new(
        Texts.Of(language, nameof(Strings.HelpDescriptionTitle)), Texts.Of(language, nameof(Strings.HelpUsageTitle)),
        Texts.Of(language, nameof(Strings.HelpArgumentsTitle)), Texts.Of(language, nameof(Strings.HelpOptionsTitle)),
        Texts.Of(language, nameof(Strings.HelpCommandsTitle)), Texts.Of(language, nameof(Strings.HelpUsageOptions)),
        Texts.Of(language, nameof(Strings.HelpUsageCommand)), Texts.Of(language, nameof(Strings.HelpDefaultValue)),
        Texts.Of(language, nameof(Strings.HelpDescription)), Texts.Of(language, nameof(Strings.VersionDescription)),
        Texts.Of(language, nameof(Strings.TooManyValues)));

    /// <summary>--lang, whose default is the language chosen before parsing (ATTENTION_LANG, else French).</summary>
    public static Option<string> LanguageOption(string language) => new Option<string>("--lang")
    {
        Description = Texts.Of(language, nameof(Strings.LangDescription)),
        DefaultValueFactory = _ => language,
        Recursive = true,
    }.AcceptOnlyFromAmong(Language.Names);
}
