namespace Attention.Grader.Submission;

/// <summary>One student file as graded: its kit path (student/X.cs), its text, and where it came from.</summary>
public sealed record StudentFile(string KitPath, string Text, string? FoundAt)
{
    /// <summary>True when the student did not hand this file in and the stub stands in for it.</summary>
    public bool IsStub => FoundAt is null;
}
