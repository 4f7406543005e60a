namespace Attention.Grader.Protocol;

/// <summary>
/// What the grader asks the child to do, sent on its standard input with the channel's key.
/// OutputMarker: a random token the child prints, followed by the exercise's id, on stdout and on
/// stderr as each exercise starts, so that what student code prints lands on the exercise that
/// printed it (the pipe and the two streams are read by different threads, in no common order).
/// </summary>
public sealed record ChildJob(
    string SuiteAssembly,
    string StudentAssembly,
    string ImplementationAssembly,
    string PipeHandle,
    string OutputMarker,
    string Language,
    bool ListAll,
    IReadOnlyList<ChildExercise> Exercises,
    IReadOnlyList<ChildExercise> ToRun)
{
    /// <summary>The grader's hidden command that makes it the child.</summary>
    public const string Command = "__child";

    /// <summary>
    /// The trait that maps a test to its exercise: every test class of the suite carries
    /// [Exercise("ex1")] (tests/Support/ExerciseAttribute.cs), and that is the only map.
    /// </summary>
    public const string ExerciseTrait = "exercise";

    /// <summary>The line that opens an exercise's output on stdout and stderr.</summary>
    public static string OutputFence(string marker, string exercise) => marker + " " + exercise;
}

public sealed record ChildExercise(string Id);
