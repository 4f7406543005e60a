namespace Attention.Grader.Protocol;

/// <summary>What the grader asks the child to do, sent on its standard input with the channel's key; Channel is the path of the grader's socket for results.</summary>
public sealed record ChildJob(
    string SuiteAssembly,
    string StudentAssembly,
    string ImplementationAssembly,
    string Channel,
    string Language,
    bool ListAll,
    IReadOnlyList<ChildExercise> Exercises,
    IReadOnlyList<ChildExercise> ToRun)
{
    /// <summary>The grader's hidden command that makes it the child.</summary>
    public const string Command = "__child";
}

public sealed record ChildExercise(string Id, string TestClass);
