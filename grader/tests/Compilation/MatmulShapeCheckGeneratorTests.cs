using Attention.Interceptors;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Attention.Grader.Tests.Compilation;

/// <summary>
/// The matmul shape check's generator on its own: it intercepts TorchSharp's two matmul forms, and
/// only those, and what it generates compiles with interceptors enabled as student/ enables them.
/// </summary>
public sealed class MatmulShapeCheckGeneratorTests
{
    const string Source = """
        using TorchSharp;
        using static TorchSharp.torch;
        public static class Student
        {
            public static Tensor A(Tensor w, Tensor v) => v.matmul(w);
            public static Tensor B(Tensor w, Tensor v) => torch.matmul(w, v);
            public static Tensor C(Tensor w, Tensor v) => matmul(w, v);
            public static Tensor D(Tensor w, Tensor v) => w.mm(v);
            public static int E(Mine m) => m.matmul(2);
        }
        public sealed class Mine { public int matmul(int x) => x; }
        """;

    static readonly CSharpParseOptions Parse = new CSharpParseOptions(LanguageVersion.Latest)
        .WithFeatures([new("InterceptorsNamespaces", MatmulShapeCheckGenerator.InterceptorNamespace)]);

    static (Microsoft.CodeAnalysis.Compilation Output, string Generated) Run()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = Directory.GetFiles(runtime, "*.dll")
            .Where(f => !f.Contains("Native", StringComparison.Ordinal))
            .Select(f => MetadataReference.CreateFromFile(f))
            .Append(MetadataReference.CreateFromFile(typeof(TorchSharp.torch).Assembly.Location));
        var compilation = CSharpCompilation.Create("Student", [CSharpSyntaxTree.ParseText(Source, Parse, path: "Student.cs")], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create([new MatmulShapeCheckGenerator().AsSourceGenerator()], parseOptions: Parse)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (output, string.Concat(output.SyntaxTrees.Skip(1).Select(t => t.ToString())));
    }

    [Fact]
    public void The_three_torchsharp_matmul_calls_are_intercepted_and_nothing_else()
    {
        var (_, generated) = Run();
        generated.Split("InterceptsLocationAttribute(1, \"").Length.Should().Be(1 + 3, "v.matmul(w), torch.matmul and the static-using matmul; not mm, not Mine.matmul");
        generated.Should().Contain("MatmulShapeException").And.Contain("matmul impossible entre").And.Contain("matmul impossible between");
    }

    [Fact]
    public void What_it_generates_compiles()
    {
        var (output, _) = Run();
        output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
    }
}
