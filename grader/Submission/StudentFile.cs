namespace Attention.Grader.Submission;

/// <summary>One student file as graded: its kit path (student/X.cs), its text, where it came from and how it was decoded.</summary>
public sealed record StudentFile(string KitPath, string Text, string? FoundAt, SourceEncoding Encoding = SourceEncoding.Utf8)
{
    /// <summary>True when the student did not hand this file in and the stub stands in for it.</summary>
    public bool IsStub => FoundAt is null;
}
