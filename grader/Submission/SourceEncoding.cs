namespace Attention.Grader.Submission;

/// <summary>How a student file was decoded: UTF-8, or else Windows-1252, as the C# compiler falls back on a French Windows.</summary>
public enum SourceEncoding
{
    Utf8,
    Windows1252,
}
