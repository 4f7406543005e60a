namespace Attention.Grader.Compilation;

/// <summary>A compiler error as a student reads it: file (kit-relative), line, column, code, text.</summary>
public sealed record CompileDiagnostic(string File, int Line, int Column, string Code, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}): {Code} {Message}";
}
