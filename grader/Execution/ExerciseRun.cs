using Attention.Grader.Results;

namespace Attention.Grader.Execution;

/// <summary>How an exercise's run went: its tests' outcomes, or why it did not finish.</summary>
public sealed class ExerciseRun(string id)
{
    public string Id { get; } = id;
    public List<string> Listed { get; } = [];
    public List<TestResult> Tests { get; } = [];
    /// <summary>Set when the run did not finish: timeout or crashed, with the reason.</summary>
    public string? Interruption { get; set; }
    public string? InterruptionReason { get; set; }
    public bool Finished { get; set; }
    public CappedOutput Output { get; } = new();
}
