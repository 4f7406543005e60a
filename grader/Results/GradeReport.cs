using System.Text.Json.Serialization;

namespace Attention.Grader.Results;

/// <summary>The grade of one submission: what every report format is written from.</summary>
public sealed record GradeReport
{
    public required double Score { get; init; }
    public required double MaxScore { get; init; }
    public required IReadOnlyList<ExerciseResult> Exercises { get; init; }
    /// <summary>The assignment, the language of the messages, and when and how long.</summary>
    public string? Assignment { get; init; }
    public string? Language { get; init; }
    public double? Seconds { get; init; }
    /// <summary>Why grading failed as a whole (an internal error), when it did; the exercises then have 0.</summary>
    public string? Error { get; init; }
    /// <summary>Result lines the child's channel received without a valid signature (student code trying to forge a grade).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public int ForgedLines { get; init; }

    /// <summary>The report of a grading that could not run: 0 out of <paramref name="maxScore"/>, and why.</summary>
    public static GradeReport Failed(string reason, double maxScore) => new()
    {
        Score = 0,
        MaxScore = maxScore,
        Exercises = [],
        Error = reason,
    };
}

public sealed record ExerciseResult
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required double Points { get; init; }
    public required double MaxPoints { get; init; }
    public required ExerciseStatus Status { get; init; }
    public required string Message { get; init; }
    public required IReadOnlyList<TestResult> Tests { get; init; }
    /// <summary>What the student's code printed while this exercise ran (capped).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Output { get; init; }
}

public sealed record TestResult(string Name, TestStatus Status, string Message, [property: JsonIgnore] double Milliseconds = 0);
