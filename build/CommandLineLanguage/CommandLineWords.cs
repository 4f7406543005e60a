namespace Attention.CommandLineLanguage;

/// <summary>
/// System.CommandLine's own words, in the language of the command line: those of --help and the parse
/// error its 2.0.0 French satellite leaves in English. Each program fills them from its resource files.
/// Templates: <see cref="DefaultValue"/> {0} the value (`[default: {0}]`); <see cref="TooManyValues"/>
/// {0} the option, {1} how many values it was given.
/// </summary>
internal sealed record CommandLineWords(
    string DescriptionTitle,
    string UsageTitle,
    string ArgumentsTitle,
    string OptionsTitle,
    string CommandsTitle,
    string UsageOptions,
    string UsageCommand,
    string DefaultValue,
    string HelpOptionDescription,
    string VersionOptionDescription,
    string TooManyValues);
