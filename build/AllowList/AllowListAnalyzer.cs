using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Resources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Attention.AllowList;

/// <summary>
/// The allow-list in the student's IDE and `dotnet build`: student/ references this assembly as an
/// analyzer and gives it assignment.json as an additional file; each refused use in a student file is
/// an error saying what the grader will do. French, or English when the build property AttentionLang
/// (ATTENTION_LANG) is en: the operating system's language is deliberately ignored, as everywhere in the kit.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AllowListAnalyzer : DiagnosticAnalyzer
{
    public const string RefusedId = "ATT001";
    public const string InvalidId = "ATT002";
    public const string LanguageProperty = "build_property.AttentionLang";

    static readonly ResourceManager Messages = new("Attention.AllowList.Messages", typeof(AllowListAnalyzer).Assembly);

    // The message is written whole in the build's language ({0}); the descriptor's own strings are French.
    static readonly DiagnosticDescriptor RefusedRule = new(
        RefusedId, Text("Title", "fr"), "{0}", "Attention", DiagnosticSeverity.Error, isEnabledByDefault: true,
        customTags: [WellKnownDiagnosticTags.NotConfigurable]);

    static readonly DiagnosticDescriptor InvalidRule = new(
        InvalidId, Text("InvalidTitle", "fr"), "{0}", "Attention", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        customTags: [WellKnownDiagnosticTags.CompilationEnd]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [RefusedRule, InvalidRule];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Start);
    }

    static void Start(CompilationStartAnalysisContext start)
    {
        var file = start.Options.AdditionalFiles.FirstOrDefault(f => string.Equals(Path.GetFileName(f.Path), "assignment.json", StringComparison.OrdinalIgnoreCase));
        if (file?.GetText(start.CancellationToken) is not { } text) return;
        start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(LanguageProperty, out var property);
        var language = Languages.LanguageChoice.Of(property);

        AllowListSpec spec;
        try
        {
            spec = AllowListSpec.Parse(text.ToString());
        }
        catch (FormatException e)
        {
            start.RegisterCompilationEndAction(end =>
                end.ReportDiagnostic(Diagnostic.Create(InvalidRule, Location.None, Text("Invalid", language, e.Message))));
            return;
        }

        var root = Path.GetDirectoryName(file.Path) ?? "";
        var finder = new RefusalFinder(spec.Rules);
        start.RegisterSemanticModelAction(analysis =>
        {
            var tree = analysis.SemanticModel.SyntaxTree;
            var studentFile = spec.StudentFiles.FirstOrDefault(f => SamePath(Path.Combine(root, f), tree.FilePath));
            if (studentFile is null) return;
            foreach (var refusal in finder.Find(analysis.SemanticModel, analysis.CancellationToken))
            {
                var owners = spec.Exercises.Owner(studentFile, refusal.Node).Exercises;
                var exercises = owners.Count > 0 ? string.Join(", ", owners.Select(e => e.Title(language))) : Text("NoExercise", language);
                var message = Text(refusal.Kind == RefusalKind.Shortcut ? "Shortcut" : "Refused", language, refusal.Name, exercises);
                analysis.ReportDiagnostic(Diagnostic.Create(RefusedRule, refusal.Location, message));
            }
        });
    }

    static bool SamePath(string a, string b) =>
        string.Equals(Normalize(a), Normalize(b), StringComparison.OrdinalIgnoreCase);

    static string Normalize(string path) => Path.GetFullPath(path).Replace('\\', '/');

    static string Text(string key, string language, params object[] args)
    {
        var template = Messages.GetString(key, new CultureInfo(language)) ?? key;
        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
    }
}
