using Microsoft.CodeAnalysis;

namespace Attention.AllowList;

public enum RefusalKind
{
    /// <summary>Outside the allow-list: files, processes, reflection, native code… or simply not listed.</summary>
    Refused,
    /// <summary>libtorch's own attention (assignment.json's forbiddenApis): the exercise is to write it.</summary>
    Shortcut,
}

/// <summary>
/// One refused use in a student file: what is used (a dotted name such as System.IO.File.ReadAllText,
/// or a language feature such as unsafe), the syntax that uses it, and where to point the student.
/// </summary>
public sealed record Refusal(string Name, RefusalKind Kind, SyntaxNode Node, Location Location)
{
    /// <summary>1-based line in the file as written (#line directives ignored).</summary>
    public int Line => Location.GetLineSpan().StartLinePosition.Line + 1;
}
