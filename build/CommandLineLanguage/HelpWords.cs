namespace Attention.CommandLineLanguage;

/// <summary>
/// System.CommandLine's own words of --help, in the language of the command line: each program
/// fills them from its resource files (its 2.0.0 French satellite lacks several of them).
/// <see cref="DefaultValue"/> is a template: {0} the value (`[default: {0}]`).
/// </summary>
internal sealed record HelpWords(
    string DescriptionTitle,
    string UsageTitle,
    string ArgumentsTitle,
    string OptionsTitle,
    string CommandsTitle,
    string UsageOptions,
    string UsageCommand,
    string DefaultValue,
    string HelpOptionDescription,
    string VersionOptionDescription);
