using Attention.AllowList;
using Attention.Grader.Assignment;
using Attention.Grader.Compilation;
using Attention.Grader.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Attention.Grader.Tests.AllowList;

/// <summary>
/// A student file as the allow-list sees it: compiled, as the grader compiles it (StudentCompiler's references and implicit usings), against the framework,
/// TorchSharp and the SDK's implicit usings. `/*!*/` marks the line a refusal must point at.
/// </summary>
public static class Snippet
{
    public const string Marker = "/*!*/";
    public const string AttentionFile = "student/ScaledDotProductAttention.cs";
    public const string ModuleFile = "student/SelfAttention.cs";

    public static AssignmentSpec Assignment { get; } = AssignmentLoader.Load(KitPaths.Root);

    /// <summary>The files of a submission (kit path → text) and the implicit usings, as one library.</summary>
    public static CSharpCompilation Compile(IReadOnlyDictionary<string, string> files, bool allowUnsafe = false) =>
        CSharpCompilation.Create(
            "Attention",
            files.Select(f => CSharpSyntaxTree.ParseText(f.Value, new CSharpParseOptions(LanguageVersion.Latest), f.Key))
                .Append(CSharpSyntaxTree.ParseText(StudentCompiler.ImplicitUsings, new CSharpParseOptions(LanguageVersion.Latest), "GlobalUsings.g.cs")),
            StudentCompiler.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: allowUnsafe, nullableContextOptions: NullableContextOptions.Enable));

    public static CSharpCompilation Compile(string attentionFile, bool allowUnsafe = false) =>
        Compile(new Dictionary<string, string> { [AttentionFile] = attentionFile, [ModuleFile] = Solution("SelfAttention.cs") }, allowUnsafe);

    /// <summary>What the rule refuses in the attention file, in the order of the file.</summary>
    public static IReadOnlyList<Refusal> Refusals(string attentionFile, bool allowUnsafe = false)
    {
        var compilation = Compile(attentionFile, allowUnsafe);
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == AttentionFile);
        return new RefusalFinder(Assignment.AllowList.Rules).Find(compilation.GetSemanticModel(tree))
            .OrderBy(r => r.Location.SourceSpan.Start).ToList();
    }

    public static string Solution(string file) => File.ReadAllText(Path.Combine(KitPaths.Root, "solution", file));

    /// <summary>1-based line of the marker.</summary>
    public static int MarkedLine(string code)
    {
        var at = code.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException("no " + Marker + " in the snippet");
        return code[..at].Count(c => c == '\n') + 1;
    }

    /// <summary>
    /// The solution's attention file with code added: <paramref name="body"/> at the start of Scale
    /// (exercise 2), <paramref name="members"/> in the class, <paramref name="top"/> above the namespace.
    /// </summary>
    public static string InScale(string body, string members = "", string top = "") => $$"""
        using TorchSharp;
        using static TorchSharp.torch;
        {{top}}
        namespace Attention;

        public static class ScaledDotProductAttention
        {
            public static Tensor Scores(Tensor q, Tensor k) => q.matmul(k.transpose(-2, -1));

            public static Tensor Scale(Tensor scores, long dK)
            {
                {{body}}
                return scores / Math.Sqrt(dK);
            }

            public static Tensor Softmax(Tensor scaledScores) => nn.functional.softmax(scaledScores, dim: -1);

            public static Tensor Output(Tensor weights, Tensor v) => weights.matmul(v);

            public static (Tensor Output, Tensor Weights) Compute(Tensor q, Tensor k, Tensor v, Tensor? mask = null)
            {
                using var scope = NewDisposeScope();
                var scaled = Scale(Scores(q, k), k.shape[^1]);
                if (mask is not null) scaled = scaled.masked_fill(mask, double.NegativeInfinity);
                var weights = Softmax(scaled);
                var output = Output(weights, v);
                return (output.MoveToOuterDisposeScope(), weights.MoveToOuterDisposeScope());
            }

            public static Tensor CausalMask(long seqLen) => ones(seqLen, seqLen, dtype: ScalarType.Bool).triu(1);
            {{members}}
        }
        """;
}
