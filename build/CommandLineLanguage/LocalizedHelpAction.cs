using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Attention.CommandLineLanguage;

/// <summary>
/// --help in the command line's language. System.CommandLine 2.0.0 keeps its HelpBuilder internal and
/// reads its words from its own resources; the help option's action is its public extension point.
/// </summary>
internal sealed class LocalizedHelpAction(CommandLineWords words) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        HelpWriter.Write(parseResult.CommandResult.Command, words, parseResult.InvocationConfiguration.Output);
        return 0;
    }

    /// <summary>Gives <paramref name="root"/>'s help and version options this action and descriptions in <paramref name="words"/>' language.</summary>
    public static void Install(RootCommand root, CommandLineWords words)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = words.HelpOptionDescription;
                help.Action = new LocalizedHelpAction(words);
            }
            else if (option is VersionOption version)
                version.Description = words.VersionOptionDescription;
        }
    }
}
