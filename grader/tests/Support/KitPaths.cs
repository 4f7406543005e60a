using Attention.Grader.Assignment;

namespace Attention.Grader.Tests.Support;

/// <summary>Where the kit and its built grader are, from the test's own location.</summary>
public static class KitPaths
{
#if DEBUG
    const string Configuration = "Debug";
#else
    const string Configuration = "Release";
#endif

    public static string Root { get; } = AssignmentLoader.FindRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("The tests must run inside the kit.");

    public static string GraderBuild => Path.Combine(Root, "grader", "bin", Configuration, "net10.0");

    public static string GraderTests => Path.Combine(Root, "grader", "tests");

    /// <summary>The kit as the grade command opens it, with the child running the grader's own build.</summary>
    public static Kit Kit() => Assignment.Kit.Open(GraderBuild);
}
