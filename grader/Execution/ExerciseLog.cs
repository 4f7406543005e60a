using Attention.Grader.Results;

namespace Attention.Grader.Execution;

/// <summary>What the children have said so far about one exercise; SuiteRunner's working state, read once as an ExerciseRun.</summary>
sealed class ExerciseLog(string id, int outputLimit)
{
    readonly List<string> listed = [];
    readonly List<TestResult> tests = [];
    Interruption? interruption;

    public string Id => id;
    public CappedOutput Output { get; } = new(outputLimit);

    /// <summary>Tests listed per exercise, at most: what the child reports is bounded by what it listed.</summary>
    public const int MaxListed = 1000;

    public void List(string test)
    {
        if (listed.Count < MaxListed && !listed.Contains(test)) listed.Add(test);
    }

    /// <summary>Kept only for a test the child listed, once: a child cannot add results, nor repeat one.</summary>
    public void Record(TestResult result)
    {
        if (listed.Contains(result.Name) && tests.All(t => t.Name != result.Name)) tests.Add(result);
    }

    public void Interrupt(ExerciseStatus status, string reason) => interruption = new(status, reason);

    public ExerciseRun ToRun() => new(id, [.. listed], [.. tests], interruption, Output.Captured);
}
