using System.Collections.Immutable;
using Attention.AllowList;
using Attention.Grader.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using static Attention.Grader.Tests.AllowList.Snippet;

namespace Attention.Grader.Tests.AllowList;

/// <summary>
/// The analyzer student/ runs, driven as the compiler drives it: assignment.json as an additional
/// file, the build property AttentionLang from ATTENTION_LANG, the student's files at their place in the repository.
/// </summary>
public sealed class AnalyzerTests
{
    sealed class TextFile(string path, string text) : AdditionalText
    {
        public override string Path => path;
        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    sealed class Options(string? language) : AnalyzerConfigOptionsProvider
    {
        sealed class Values(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(language is null
            ? ImmutableDictionary<string, string>.Empty
            : ImmutableDictionary<string, string>.Empty.Add(AllowListAnalyzer.LanguageProperty, language));
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;
    }

    static readonly string Repository = Path.Combine(Path.GetTempPath(), "attention-analyzer-tests");

    static IReadOnlyList<Diagnostic> Analyze(
        string attentionFile, string? language = null, string? assignmentJson = null, bool withAssignment = true, string attentionPath = AttentionFile)
    {
        var files = new Dictionary<string, string> { [attentionPath] = attentionFile, [ModuleFile] = Solution("SelfAttention.cs") };
        var compilation = Compile(files);
        compilation = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(
            compilation.SyntaxTrees.Select(t => t.WithFilePath(Path.Combine(Repository, t.FilePath))));
        AdditionalText[] additional = withAssignment
            ? [new TextFile(Path.Combine(Repository, "assignment.json"), assignmentJson ?? File.ReadAllText(Path.Combine(KitPaths.Root, "assignment.json")))]
            : [];
        return compilation
            .WithAnalyzers([new AllowListAnalyzer()], new AnalyzerOptions([.. additional], new Options(language)))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    }

    [Fact]
    public void A_refused_use_is_an_error_in_french_saying_what_the_grader_will_do()
    {
        var code = InScale("var secret = File.ReadAllText(\"/etc/hostname\"); /*!*/");

        var diagnostic = Analyze(code).Should().ContainSingle().Subject;

        diagnostic.Id.Should().Be(AllowListAnalyzer.RefusedId);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.Should().Be(MarkedLine(code) - 1);
        diagnostic.GetMessage().Should().Be(
            "System.IO.File.ReadAllText n'est pas autorisé dans ce TP (seuls les tenseurs TorchSharp, les maths, les chaînes, la console, "
            + "les exceptions, LINQ et les collections le sont) : le correcteur donnera 0 à Exercice 2 — Scaling ÷√d_k.");
    }

    [Theory]
    [InlineData("en")]
    [InlineData(" English ")] // the kit's one rule (build/Language/LanguageChoice.cs), as the suite and the lab read it
    public void ATTENTION_LANG_en_gives_the_message_in_english(string language)
    {
        var code = InScale("var secret = File.ReadAllText(\"/etc/hostname\");");

        Analyze(code, language: language).Should().ContainSingle()
            .Which.GetMessage().Should().EndWith("the grader will give 0 to Exercise 2 — Scaling ÷√d_k.");
    }

    [Fact]
    public void A_use_outside_the_exercise_methods_names_every_exercise_of_its_file()
    {
        var code = InScale("", members: "static void Quit() => Environment.Exit(0);");

        Analyze(code).Should().ContainSingle().Which.GetMessage().Should().StartWith("System.Environment.Exit").And
            .EndWith("Exercice 1 — Scores QKᵀ, Exercice 2 — Scaling ÷√d_k, Exercice 3 — Softmax, Exercice 4 — Sortie poids·V, "
                + "Exercice 5 — La fonction d'attention complète, Bonus — Masque causal.");
    }

    [Fact]
    public void Libtorchs_own_attention_says_so()
    {
        var code = InScale("var o = nn.functional.scaled_dot_product_attention(scores, scores, scores);");

        Analyze(code).Should().ContainSingle().Which.GetMessage().Should().Be(
            "TorchSharp.torch.nn.functional.scaled_dot_product_attention est l'attention toute faite de libtorch : le but du TP est "
            + "de l'écrire vous-même ; le correcteur donnera 0 à Exercice 2 — Scaling ÷√d_k.");
    }

    [Fact]
    public void Every_refused_use_is_shown()
    {
        var code = InScale("var a = File.ReadAllText(\"x\");\n        GC.Collect();\n        var t = typeof(Tensor);");

        Analyze(code).Select(d => d.GetMessage().Split(' ')[0]).Should().Equal("System.IO.File.ReadAllText", "System.GC.Collect", "System.Type");
    }

    [Fact]
    public void A_pragma_does_not_hide_a_refusal()
    {
        var code = InScale("#pragma warning disable ATT001\n        var secret = File.ReadAllText(\"x\");");

        Analyze(code).Should().ContainSingle().Which.Id.Should().Be(AllowListAnalyzer.RefusedId);
    }

    [Fact]
    public void The_reference_gets_no_diagnostic() =>
        Analyze(Solution("ScaledDotProductAttention.cs")).Should().BeEmpty();

    [Fact]
    public void Files_that_are_not_the_students_are_not_checked() =>
        Analyze(InScale("var secret = File.ReadAllText(\"x\");"), attentionPath: "student/Program.cs").Should().BeEmpty();

    [Fact]
    public void Without_assignment_json_nothing_is_checked() =>
        Analyze(InScale("var secret = File.ReadAllText(\"x\");"), withAssignment: false).Should().BeEmpty();

    [Fact]
    public void An_assignment_json_without_a_list_is_said_once() =>
        Analyze(InScale("var secret = File.ReadAllText(\"x\");"), assignmentJson: "{ \"id\": \"x\" }")
            .Should().ContainSingle().Which.Id.Should().Be(AllowListAnalyzer.InvalidId);
}
