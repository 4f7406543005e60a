namespace Attention.Lab.Cli;

/// <summary>What the lab's exit code says.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A section did not complete: the student's code is unfinished or raised an error.</summary>
    public const int SectionFailed = 1;

    /// <summary>Bad command line, or a section this version does not have yet.</summary>
    public const int Usage = 2;
}
