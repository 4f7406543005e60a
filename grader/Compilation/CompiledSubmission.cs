namespace Attention.Grader.Compilation;

/// <summary>
/// The student's code as one in-memory assembly. Files that did not compile were replaced by their
/// stubs; their errors are kept, by kit path, for the exercises they hold. Code the allow-list refused
/// is not in the assembly; what it refused is kept, by exercise.
/// </summary>
public sealed record CompiledSubmission(
    byte[] Assembly,
    IReadOnlyDictionary<string, IReadOnlyList<CompileDiagnostic>> ErrorsByFile)
{
    public RefusedCode Refused { get; init; } = RefusedCode.None;
}
