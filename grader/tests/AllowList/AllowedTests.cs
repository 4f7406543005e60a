using Attention.Grader.Tests.Support;
using Microsoft.CodeAnalysis;
using static Attention.Grader.Tests.AllowList.Snippet;

namespace Attention.Grader.Tests.AllowList;

/// <summary>
/// What a student may write must never be refused: the reference, the stubs, and correct code
/// written other ways. Each snippet must also compile, so that none passes for being broken.
/// </summary>
public sealed class AllowedTests
{
    public static TheoryData<string, string> Allowed() => new()
    {
        { "nameof a refused type", InScale("var name = nameof(System.IO.File) + nameof(Environment.Exit);") },
        { "usings alone", InScale("", top: "using System.Reflection;\nusing System.Runtime.InteropServices;\nusing System.Diagnostics;") },
        { "console output for debugging", InScale("Console.WriteLine($\"scores {scores.shape[0]}x{dK}: {Math.Sqrt(dK):F3}\"); Console.Write('.'); Console.Error.WriteLine(\"debug\"); Console.Out.Flush();") },
        { "maths", InScale("var m = Math.Max(MathF.Exp(1f), Math.Pow(2, 0.5)) + Math.Round(2.5, MidpointRounding.AwayFromZero) + double.Epsilon;") },
        { "a formatted exception", InScale("if (dK <= 0) throw new ArgumentOutOfRangeException(nameof(dK), $\"d_k = {dK} pour des scores {string.Join(\"x\", scores.shape)}\");") },
        { "invariant formatting", InScale("var s = string.Format(System.Globalization.CultureInfo.InvariantCulture, \"{0:F2}\", 1.5) + (1.5).ToString(\"F1\", System.Globalization.CultureInfo.InvariantCulture) + double.Parse(\"2\", System.Globalization.CultureInfo.InvariantCulture);") },
        { "a string builder", InScale("var text = new System.Text.StringBuilder().Append(dK).AppendLine().ToString().Trim().Split(',', StringSplitOptions.RemoveEmptyEntries);") },
        { "LINQ", InScale("var sizes = scores.shape.Select((d, i) => (d, i)).Where(p => p.d > 0).OrderBy(p => p.i).GroupBy(p => p.d % 2).ToDictionary(g => g.Key, g => g.Count()); var total = Enumerable.Range(0, 3).Zip(new[] { 1, 2, 3 }).Aggregate(0, (a, p) => a + p.First * p.Second);") },
        { "a query expression", InScale("var q = (from d in scores.shape where d > 1 orderby d descending select d * 2).ToList();") },
        { "collections", InScale("var list = new List<Tensor> { scores }; var set = new HashSet<long>(scores.shape); var map = new Dictionary<string, long> { [\"d\"] = dK }; List<int> xs = [1, 2, 3]; var queue = new Queue<int>(xs); foreach (var (key, value) in map) { } var empty = Array.Empty<int>(); Array.Sort(empty);") },
        { "tuples", InScale("var (a, b) = (1, 2.0); (int Rows, int Cols) shape = (a, (int)b); var swapped = (shape.Cols, shape.Rows); var t = Tuple.Create(1, 2).Item1;") },
        { "ranges and indices", InScale("var last = scores.shape[^1]; var batch = scores.shape[..^2]; var middle = new[] { 1, 2, 3 }[1..^1]; Index i = ^1; Range r = 0..1;") },
        { "tensor building", InScale("var both = torch.cat(new[] { scores, scores }, 0); var stacked = torch.stack(new List<Tensor> { scores, scores }, 0); var values = scores.data<float>().ToArray(); var z = torch.zeros(2, 3, dtype: ScalarType.Float32); var same = scores.dtype == ScalarType.Float32 && scores.device_type == DeviceType.CPU;") },
        { "tensor maths", InScale("var w = (scores - scores.amax(new long[] { -1 }, keepdim: true)).exp(); w = w / w.sum(-1, keepdim: true); var m = scores.masked_fill(torch.ones_like(scores).to_type(ScalarType.Bool), -1e9).softmax(-1); var e = torch.einsum(\"ij,kj->ik\", scores, scores); var l = nn.functional.log_softmax(scores, 1); var r = scores.transpose(-2, -1).contiguous().view(-1);") },
        { "tensor text", InScale("var text = scores.ToString(TorchSharp.TensorStringStyle.Julia) + scores.dtype.ToString() + ScalarType.Float32; Console.WriteLine(scores.str());") },
        { "no_grad and dispose scopes", InScale("using (torch.no_grad()) { } using var scope = torch.NewDisposeScope(); scores.Dispose();") },
        { "local functions, lambdas and generics", InScale("static T Id<T>(T x) => x; Func<Tensor, Tensor> twice = t => t * 2; Action<string> log = Console.WriteLine; var n = Id(3); IEnumerable<int> Count(int k) { for (var i = 0; i < k; i++) yield return i; } var c = Count(2).Sum();") },
        { "patterns and switch", InScale("object o = dK; var kind = o switch { long l when l > 1 => \"big\", long => \"one\", _ => \"?\" }; if (o is not null and long { } v) { } string? s = null; s ??= kind;") },
        { "exceptions caught", InScale("try { throw new InvalidOperationException(\"x\"); } catch (Exception e) when (e.Message.Length > 0) { Console.WriteLine(e.Message + e.GetBaseException().Message); } finally { }") },
        { "object members", InScale("var same = Equals(scores, scores) && ReferenceEquals(scores, scores); var h = dK.GetHashCode() + scores.ToString().Length; var rnd = new Random(0).NextDouble();") },
        { "a nested record and a helper", InScale("var p = new Pair(1, 2) with { B = 3 }; var h = Helper(p.A);", members: "sealed record Pair(int A, int B);\n    static int Helper(int x) => checked(x * 2);") },
        { "nullable annotations", InScale("", members: "[return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(t))] static Tensor? Keep(Tensor? t) => t;") },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Allowed_code_is_never_refused(string kind, string code)
    {
        Compile(code).GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty(kind + " must compile");
        Refusals(code).Select(r => $"{r.Name} (line {r.Line})").Should().BeEmpty(kind + " is allowed");
    }

    public static TheoryData<string, string> Files() => new()
    {
        { "the reference", "solution" },
        { "the stubs", "grader/stubs" },
        { "a correct submission written other ways", "grader/tests/Golden/allowed-variants/submission/student" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Whole_files_are_never_refused(string kind, string folder)
    {
        var files = new[] { AttentionFile, ModuleFile }
            .ToDictionary(f => f, f => File.ReadAllText(Path.Combine(KitPaths.Root, folder, Path.GetFileName(f))));
        var compilation = Compile(files);
        compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty(kind + " must compile");

        var finder = new global::Attention.AllowList.RefusalFinder(Snippet.Assignment.AllowList.Rules);
        var refused = compilation.SyntaxTrees.Where(t => files.ContainsKey(t.FilePath))
            .SelectMany(t => finder.Find(compilation.GetSemanticModel(t)))
            .Select(r => $"{r.Name} ({r.Location.GetLineSpan()})");
        refused.Should().BeEmpty(kind + " is allowed");
    }
}
