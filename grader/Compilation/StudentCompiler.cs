using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Attention.Grader.Assignment;
using Attention.Grader.Submission;
using Attention.Interceptors;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Attention.Grader.Localization;

namespace Attention.Grader.Compilation;

/// <summary>
/// Compiles the student's files in memory with Roslyn (tens of milliseconds once warm, where
/// `dotnet build` takes seconds). A file that does not compile is swapped for its stub and the rest
/// compiled again, so one broken file costs only its own exercises. Compiler messages are in the
/// student's language; compiling takes at most limits.compileSeconds (generics can be made to explode).
/// The files that compile then go through the allow-list (AllowListCheck), and what it refuses is cut
/// out before the assembly is built.
/// </summary>
public sealed class StudentCompiler(AssignmentSpec assignment, string suiteAssemblyPath, string language)
{
    /// <summary>As student/Attention.Student.csproj compiles: latest C#, the matmul shape check's interceptors enabled.</summary>
    static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest)
        .WithFeatures([new("InterceptorsNamespaces", MatmulShapeCheckGenerator.InterceptorNamespace)]);

    public CompiledSubmission Compile(IReadOnlyList<StudentFile> files)
    {
        var seconds = TimeSpan.FromSeconds(assignment.Limits.CompileSeconds);
        using var limit = new CancellationTokenSource(seconds);
        try
        {
            if (CompilerThread.TryRun(() => Compile(files, limit.Token), seconds + CancellationGrace, out var compiled)) return compiled;
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
        }
        throw new InputRefusedException(nameof(Strings.CompileTooLong), assignment.Limits.CompileSeconds);
    }

    /// <summary>How long a phase may take to notice the cancellation before the grader stops waiting for it.</summary>
    static readonly TimeSpan CancellationGrace = TimeSpan.FromSeconds(5);

    /// <summary>Compiler errors kept per file: the report shows five; a file of errors stays small.</summary>
    const int DiagnosticsKept = 20;

    /// <summary>The longest compiler message kept (an `#error` line or an identifier can be 512 KB).</summary>
    const int MessageCharacters = 500;

    CompiledSubmission Compile(IReadOnlyList<StudentFile> files, CancellationToken cancel)
    {
        var sources = files.ToDictionary(f => f.KitPath, f => f.Text);
        var errors = new Dictionary<string, IReadOnlyList<CompileDiagnostic>>();
        var (compilation, image) = CompileSwappingBrokenFiles(sources, errors, cancel);
        if (!assignment.AllowList.Enabled) return new CompiledSubmission(image, errors);

        var handedIn = files.Where(f => !f.IsStub && !errors.ContainsKey(f.KitPath)).Select(f => f.KitPath).ToList();
        var refused = AllowListCheck.Find(assignment, compilation, handedIn, cancel);
        if (refused.IsEmpty) return new CompiledSubmission(image, errors);
        if (refused.WholeFiles.Count > 0 || refused.Bodies.Count > 0)
        {
            // Built again without the refused code; should any survive (it cannot), its file goes.
            var cut = RefusedCodeRemoval.Apply(sources, refused, Stub, language);
            (compilation, image) = CompileSwappingBrokenFiles(cut, [], cancel);
            var left = AllowListCheck.Find(assignment, compilation, handedIn, cancel);
            if (left.WholeFiles.Count > 0 || left.Bodies.Count > 0)
            {
                foreach (var file in left.WholeFiles.Concat(left.Bodies.Select(b => b.File))) cut[file] = Stub(file);
                (_, image) = CompileSwappingBrokenFiles(cut, [], cancel);
            }
        }
        return new CompiledSubmission(image, errors) { Refused = refused };
    }

    /// <summary>Compiles; a student file with errors is swapped for its stub (its errors kept) until all compile.</summary>
    (CSharpCompilation, byte[]) CompileSwappingBrokenFiles(Dictionary<string, string> sources, Dictionary<string, IReadOnlyList<CompileDiagnostic>> errors, CancellationToken cancel)
    {
        // Brackets nested too deep are found before the parser meets them (NestingLimit).
        SwapRefused(sources, errors, file => NestingLimit.FirstTooDeepBracket(sources[file], cancel) is { } deep
            ? Refusal(file, SourceText.From(sources[file]).Lines.GetLinePosition(deep), NestingLimit.Code, nameof(Strings.NestedTooDeep), NestingLimit.MaxDepth)
            : null);
        while (true)
        {
            var trees = Parse(sources, cancel);
            // A file nested too deep goes before anything walks its syntax (NestingLimit).
            var byFile = trees.ToDictionary(t => t.FilePath);
            if (SwapRefused(sources, errors, file => NestingLimit.FirstTooDeep(byFile[file].GetRoot(cancel), cancel) is { } node
                    ? Refusal(file, Start(node), NestingLimit.Code, nameof(Strings.NestedTooDeep), NestingLimit.MaxDepth)
                    : null))
                continue;
            var compilation = Build(trees, cancel);
            // Constant text too long to write out goes before the compiler builds it (ConstantText).
            var constants = new ConstantText(compilation, cancel);
            if (SwapRefused(sources, errors, file => constants.FirstOverBound(byFile[file]) is { } longest
                    ? Refusal(file, Start(longest), ConstantText.Code, nameof(Strings.ConstantTooLong), ConstantText.MaxCharacters)
                    : null))
                continue;
            using var image = new MemoryStream();
            var emitted = compilation.Emit(image, cancellationToken: cancel);
            if (emitted.Success) return (compilation, image.ToArray());

            var broken = emitted.Diagnostics
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .GroupBy(d => d.Location.SourceTree?.FilePath ?? "")
                .ToList();
            var brokenStudentFiles = broken.Where(g => sources.ContainsKey(g.Key) && !errors.ContainsKey(g.Key)).ToList();
            if (brokenStudentFiles.Count == 0)
                throw new KitFailureException(nameof(Strings.StubsDoNotCompile), string.Join("; ", broken.SelectMany(g => g).Take(3)));
            foreach (var file in brokenStudentFiles)
            {
                errors[file.Key] = file.Take(DiagnosticsKept).Select(Describe).ToList();
                sources[file.Key] = Stub(file.Key);
            }
        }
    }

    string Stub(string kitPath) =>
        File.ReadAllText(Path.Combine(assignment.Root, assignment.StudentFiles.Single(f => f.Path == kitPath).Stub));

    List<SyntaxTree> Parse(IReadOnlyDictionary<string, string> sources, CancellationToken cancel)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Value, ParseOptions, path: s.Key, cancellationToken: cancel)).ToList();
        trees.Add(CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, path: "GlobalUsings.g.cs", cancellationToken: cancel));
        trees.Add(CSharpSyntaxTree.ParseText(
            $"[assembly: System.Reflection.AssemblyVersion(\"{implementationVersion.Value}\")]", ParseOptions, path: "AssemblyInfo.g.cs", cancellationToken: cancel));
        return trees;
    }

    /// <summary>
    /// Each student file still compiling that <paramref name="refusal"/> refuses keeps that one error and is
    /// swapped for its stub; true when any was (the files are then parsed again).
    /// </summary>
    bool SwapRefused(Dictionary<string, string> sources, Dictionary<string, IReadOnlyList<CompileDiagnostic>> errors,
        Func<string, CompileDiagnostic?> refusal)
    {
        var refused = sources.Keys.Where(file => !errors.ContainsKey(file))
            .Select(file => (File: file, Error: refusal(file)))
            .Where(r => r.Error is not null)
            .ToList();
        foreach (var (file, error) in refused)
        {
            errors[file] = [error!];
            sources[file] = Stub(file);
        }
        return refused.Count > 0;
    }

    /// <summary>A limit of the grader's own (code ATTnnn), at a place of the file, in the student's language.</summary>
    CompileDiagnostic Refusal(string file, LinePosition at, string code, string textKey, int limit) =>
        new(file, at.Line + 1, at.Character + 1, code, Texts.Of(language, textKey, limit));

    static LinePosition Start(SyntaxNode node) => node.GetLocation().GetLineSpan().StartLinePosition;

    CSharpCompilation Build(List<SyntaxTree> trees, CancellationToken cancel)
    {
        var empty = Empty.GetOrAdd(assignment.Suite.ImplementationAssembly, name => CSharpCompilation.Create(
            name,
            [],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                optimizationLevel: OptimizationLevel.Debug)));
        return WithGeneratedSources(empty.AddSyntaxTrees(trees), cancel);
    }

    /// <summary>
    /// By assembly name, a compilation with the references and no source. Every compile adds its trees
    /// to it: Roslyn then reuses the symbols it made for the framework and TorchSharp (its reference
    /// manager) instead of reading them again, which in a batch was most of a compile's cost.
    /// </summary>
    static readonly ConcurrentDictionary<string, CSharpCompilation> Empty = new();

    /// <summary>The generators student/ runs: the matmul shape check (build/Interceptors), so that both paths agree.</summary>
    static CSharpCompilation WithGeneratedSources(CSharpCompilation compilation, CancellationToken cancel)
    {
        CSharpGeneratorDriver.Create([new MatmulShapeCheckGenerator().AsSourceGenerator()], parseOptions: ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _, cancel);
        return (CSharpCompilation)generated;
    }

    /// <summary>The SDK's implicit usings, as student/ has them (ImplicitUsings=enable).</summary>
    public const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    CompileDiagnostic Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        var culture = CultureInfo.GetCultureInfo(language);
        return new CompileDiagnostic(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
            d.Id, DiagnosticText.Clean(d.GetMessage(culture), MessageCharacters));
    }

    /// <summary>Read from the suite once per compiler, not at each parse (a broken file's swap parses again).</summary>
    readonly Lazy<string> implementationVersion = new(() => ReferencedImplementationVersion(suiteAssemblyPath, assignment.Suite.ImplementationAssembly));

    /// <summary>The version of Attention the suite was built against: the student's assembly must match it.</summary>
    static string ReferencedImplementationVersion(string suiteAssemblyPath, string implementationAssembly)
    {
        using var stream = File.OpenRead(suiteAssemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        foreach (var handle in reader.AssemblyReferences)
        {
            var reference = reader.GetAssemblyReference(handle);
            if (reader.GetString(reference.Name) == implementationAssembly)
                return reference.Version.ToString();
        }
        return "1.0.0.0";
    }

    /// <summary>The framework and TorchSharp: all a student file may use (the grader's own libraries are left out).</summary>
    public static IReadOnlyList<MetadataReference> References => FrameworkAndTorchSharp.Value;

    static readonly Lazy<IReadOnlyList<MetadataReference>> FrameworkAndTorchSharp = new(() =>
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform
            .Where(p => Path.GetDirectoryName(p) == runtime || Path.GetFileName(p) == "TorchSharp.dll")
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
    });
}
