using Attention.Grader.Results;

namespace Attention.Grader.Execution;

/// <summary>How an exercise's run went: the tests it has, their outcomes or why it did not finish, and what it printed.</summary>
public sealed record ExerciseRun(
    string Id,
    IReadOnlyList<string> Listed,
    IReadOnlyList<TestResult> Tests,
    Interruption? Interruption,
    CapturedOutput Output);

/// <summary>Why a run did not finish: timeout or crashed, and the reason the student reads.</summary>
public sealed record Interruption(ExerciseStatus Status, string Reason);

/// <summary>What student code printed while an exercise ran, up to the limit, and how many characters were dropped.</summary>
public sealed record CapturedOutput(string Kept, long Dropped)
{
    public bool IsEmpty => Kept.Length == 0 && Dropped == 0;
}

/// <summary>Every exercise's run, and how many result lines failed their signature.</summary>
public sealed record SuiteRun(IReadOnlyDictionary<string, ExerciseRun> Exercises, int ForgedLines);
