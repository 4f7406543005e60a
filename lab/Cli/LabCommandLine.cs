using System.CommandLine;
using Attention.CommandLineLanguage;
using Attention.Lab.RealModel;
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
    readonly CommandLineWords _words;

    LabCommandLine(SectionRunner runner, ModelLoader loader, TextWriter error)
    {
        _out = new("--out") { Description = Strings.OutOptionDescription, HelpName = Strings.DirectoryHelpName, Recursive = true, DefaultValueFactory = _ => DefaultFigureDirectory };
        _lang = new("--lang") { Description = Strings.LangOptionDescription, Recursive = true };
        _lang.AcceptOnlyFromAmong(Language.Names);

        _root = new(Strings.RootDescription) { _out, _lang };
        // System.CommandLine 2.0.0's French resources lack half of its help's words: the help is ours.
        _words = new CommandLineWords(Strings.HelpDescriptionTitle, Strings.HelpUsageTitle,
            Strings.HelpArgumentsTitle, Strings.HelpOptionsTitle, Strings.HelpCommandsTitle, Strings.HelpUsageOptions,
            Strings.HelpUsageCommand, Strings.HelpDefaultValue, Strings.HelpOptionDescription, Strings.VersionOptionDescription,
            Strings.TooManyValues);
        LocalizedHelpAction.Install(_root, _words);
        _root.SetAction(_ => Usage.Fail(error, Strings.MissingSection));
        foreach (var section in SectionCatalog.All)
            _root.Add(Subcommand(section.Name, section.Description(), parse => runner.Run([section], parse.GetValue(_out)!)));
        _root.Add(Subcommand("all", Strings.AllDescription, parse => runner.Run(SectionCatalog.All, parse.GetValue(_out)!)));
        _root.Add(RealModel(runner, loader, error));
    }

    /// <summary>`real-model [--model M] [--layer L] [--head H] [--sentence S] [--word W] [--json FILE]`.</summary>
    Command RealModel(SectionRunner runner, ModelLoader loader, TextWriter error)
    {
        var model = new Option<string>("--model") { Description = Strings.ModelOptionDescription, DefaultValueFactory = _ => PretrainedModels.Names[0] };
        model.AcceptOnlyFromAmong(PretrainedModels.Names);
        var layer = new Option<int>("--layer") { Description = Strings.LayerOptionDescription, DefaultValueFactory = _ => 0, CustomParser = WholeNumber.Parser(Strings.IntegerExpected) };
        var head = new Option<int>("--head") { Description = Strings.HeadOptionDescription, DefaultValueFactory = _ => 0, CustomParser = WholeNumber.Parser(Strings.IntegerExpected) };
        var sentence = new Option<string>("--sentence") { Description = Strings.SentenceOptionDescription, DefaultValueFactory = _ => RealModelRequest.HandoutSentence };
        var word = new Option<string>("--word") { Description = Strings.WordOptionDescription, DefaultValueFactory = _ => RealModelRequest.HandoutWord };
        var json = new Option<string?>("--json") { Description = Strings.JsonOptionDescription, HelpName = Strings.FileHelpName };
        var command = new Command(RealModelSection.Name, Strings.RealModelDescription) { model, layer, head, sentence, word, json };
        command.SetAction(parse =>
        {
            var request = new RealModelRequest(parse.GetValue(model)!, parse.GetValue(layer), parse.GetValue(head),
                parse.GetValue(sentence)!, parse.GetValue(word)!, parse.GetValue(json));
            var (layers, heads) = PretrainedModels.ShapeOf(request.Model);
            if (request.OutOfRange(layers, heads) is { } refusal)
                return Usage.Fail(error, refusal);
            if (string.IsNullOrWhiteSpace(request.Sentence))
                return Usage.Fail(error, Strings.RealModelEmptySentence);
            return runner.Run([RealModelSection.For(request, loader)], parse.GetValue(_out)!);
        });
        return command;
    }

    static Command Subcommand(string name, string description, Func<ParseResult, int> action)
    {
        var command = new Command(name, description);
        command.SetAction(action);
        return command;
    }

    public static int Invoke(string[] args, AttentionImplementation implementation, TextWriter output, TextWriter error, ModelLoader? loader = null)
    {
        var runner = new SectionRunner(implementation, output, error);
        loader ??= PretrainedModels.Load;
        // A first parse finds the language; the texts of the second one are in it.
        var first = new LabCommandLine(runner, loader, error);
        var languageToken = first._root.Parse(args).GetResult(first._lang)?.Tokens.FirstOrDefault()?.Value; // GetValue throws on "de"
        var language = Language.Choose(languageToken, Environment.GetEnvironmentVariable(Language.Variable));
        return Language.In(language, () =>
        {
            var commandLine = new LabCommandLine(runner, loader, error);
            var parse = commandLine._root.Parse(args);
            if (parse.Errors.Count > 0 && parse.Action is not LocalizedHelpAction)
                return Usage.Fail(error, OneLine(ParseErrorMessage.Of(parse.Errors[0], commandLine._words)));
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
        });
    }

    /// <summary>Some parse errors list the allowed values on lines of their own.</summary>
    static string OneLine(string message) =>
        string.Join(' ', message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
