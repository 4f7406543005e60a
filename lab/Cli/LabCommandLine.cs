using System.CommandLine;
using System.CommandLine.Help;
using Attention.Lab.Sections;

namespace Attention.Lab.Cli;

/// <summary>
/// The command line: one subcommand per section, `all`, `real-model`, and the options --out and --lang.
/// Parse errors give one line, the usage and exit code 2; the sections' own failures are the runner's.
/// </summary>
internal sealed class LabCommandLine
{
    const string DefaultFigureDirectory = "figures";

    readonly Option<string> _out;
    readonly Option<string> _lang;
    readonly RootCommand _root;

    LabCommandLine(SectionRunner runner, TextWriter error)
    {
        _out = new("--out") { Description = Strings.OutOptionDescription, HelpName = Strings.DirectoryHelpName, Recursive = true, DefaultValueFactory = _ => DefaultFigureDirectory };
        _lang = new("--lang") { Description = Strings.LangOptionDescription, Recursive = true };
        _lang.AcceptOnlyFromAmong(Language.Names);

        _root = new(Strings.RootDescription) { _out, _lang };
        _root.SetAction(_ => Usage.Fail(error, Strings.MissingSection));
        foreach (var section in SectionCatalog.All)
            _root.Add(Subcommand(section.Name, section.Description(), parse => runner.Run([section], parse.GetValue(_out)!)));
        _root.Add(Subcommand("all", Strings.AllDescription, parse => runner.Run(SectionCatalog.All, parse.GetValue(_out)!)));
        _root.Add(Subcommand(RealModelSection.Name, Strings.RealModelDescription, _ => RealModelSection.Run(error)));
    }

    static Command Subcommand(string name, string description, Func<ParseResult, int> action)
    {
        var command = new Command(name, description);
        command.SetAction(action);
        return command;
    }

    public static int Invoke(string[] args, AttentionImplementation implementation, TextWriter output, TextWriter error)
    {
        var runner = new SectionRunner(implementation, output, error);
        // A first parse finds the language; the texts of the second one are in it.
        var first = new LabCommandLine(runner, error);
        var languageToken = first._root.Parse(args).GetResult(first._lang)?.Tokens.FirstOrDefault()?.Value; // GetValue throws on "de"
        var language = Language.Choose(languageToken, Environment.GetEnvironmentVariable(Language.Variable));
        return Language.In(language, () =>
        {
            var commandLine = new LabCommandLine(runner, error);
            var parse = commandLine._root.Parse(args);
            if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
                return Usage.Fail(error, OneLine(parse.Errors[0].Message));
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
        });
    }

    /// <summary>Some parse errors list the allowed values on lines of their own.</summary>
    static string OneLine(string message) =>
        string.Join(' ', message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
