namespace Attention.Grader.Execution;

/// <summary>What the child reports to the grader, one signed line each (see ResultChannel).</summary>
public sealed record ChildMessage(
    string Kind,
    string? Exercise = null,
    string? Test = null,
    string? Status = null,
    string? Message = null,
    double? Milliseconds = null)
{
    public const string Listed = "listed";       // a test of an exercise, found by discovery
    public const string Started = "started";     // an exercise begins: its time limit starts
    public const string Result = "result";       // one test's outcome
    public const string Finished = "finished";   // an exercise is over
    public const string Done = "done";           // every exercise asked for is over
    public const string Fatal = "fatal";         // the suite could not even start
}

/// <summary>What the grader asks the child to do, sent on its standard input with the channel's key.</summary>
public sealed record ChildJob(
    string SuiteAssembly,
    string StudentAssembly,
    string ImplementationAssembly,
    string Channel,
    bool ListAll,
    IReadOnlyList<ChildExercise> Exercises,
    IReadOnlyList<ChildExercise> ToRun);

public sealed record ChildExercise(string Id, string TestClass);
