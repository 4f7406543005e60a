using Attention.AllowList;
using Attention.Grader.Assignment;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Attention.Grader.Compilation;

/// <summary>A refused use as the report states it: what, where (kit path, 1-based line), which kind.</summary>
public sealed record RefusedUse(string Name, RefusalKind Kind, string File, int Line)
{
    public string Where => $"{File}:{Line}";
}

/// <summary>
/// What the allow-list refused in a submission: the uses each exercise loses for, and the code that
/// must not run — a method body when the use lies in an exercise method's body, else the whole file
/// (and then every exercise of that file loses).
/// </summary>
public sealed record RefusedCode(
    IReadOnlyDictionary<string, IReadOnlyList<RefusedUse>> ByExercise,
    IReadOnlySet<string> WholeFiles,
    IReadOnlyList<CutBody> Bodies)
{
    public static RefusedCode None { get; } = new(new Dictionary<string, IReadOnlyList<RefusedUse>>(), new HashSet<string>(), []);

    public bool IsEmpty => ByExercise.Count == 0 && WholeFiles.Count == 0 && Bodies.Count == 0;
}

/// <summary>An exercise method whose body holds a refused use (the first one, for the message).</summary>
public sealed record CutBody(string File, MethodDeclarationSyntax Method, RefusedUse Use);

/// <summary>
/// Runs the allow-list rule (build/AllowList, the analyzer of student/) on the student's files of a
/// compiled submission, never on the kit's generated trees, and says what each refusal costs.
/// libtorch's own attention only costs its exercise: that code is harmless and stays.
/// </summary>
public static class AllowListCheck
{
    public static RefusedCode Find(AssignmentSpec assignment, CSharpCompilation compilation, IReadOnlyCollection<string> studentFiles, CancellationToken cancel = default)
    {
        var spec = assignment.AllowList;
        var finder = new RefusalFinder(spec.Rules);
        var byExercise = new Dictionary<string, List<RefusedUse>>();
        var wholeFiles = new HashSet<string>();
        var bodies = new Dictionary<MethodDeclarationSyntax, CutBody>();
        foreach (var tree in compilation.SyntaxTrees.Where(t => studentFiles.Contains(t.FilePath)))
        {
            var file = tree.FilePath;
            foreach (var refusal in finder.Find(compilation.GetSemanticModel(tree), cancel))
            {
                var use = new RefusedUse(refusal.Name, refusal.Kind, file, refusal.Line);
                var owner = spec.Exercises.Owner(file, refusal.Node);
                foreach (var exercise in owner.Exercises)
                {
                    if (!byExercise.TryGetValue(exercise.Id, out var uses)) byExercise[exercise.Id] = uses = [];
                    uses.Add(use);
                }
                if (refusal.Kind == RefusalKind.Shortcut) continue;
                if (owner.Body is { } method) bodies.TryAdd(method, new CutBody(file, method, use));
                else if (wholeFiles.Add(file))
                    // The whole file is cut: none of its exercises runs as written.
                    foreach (var exercise in spec.Exercises.InFile(file).Where(e => !owner.Exercises.Contains(e)))
                    {
                        if (!byExercise.TryGetValue(exercise.Id, out var uses)) byExercise[exercise.Id] = uses = [];
                        uses.Add(use);
                    }
            }
        }
        return new RefusedCode(
            byExercise.ToDictionary(p => p.Key, p => (IReadOnlyList<RefusedUse>)p.Value.OrderBy(u => u.File, StringComparer.Ordinal).ThenBy(u => u.Line).ToList()),
            wholeFiles,
            bodies.Values.Where(b => !wholeFiles.Contains(b.File)).ToList());
    }
}
