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

    public void List(string test) => listed.Add(test);

    public void Record(TestResult result) => tests.Add(result);

    public void Interrupt(ExerciseStatus status, string reason) => interruption = new(status, reason);

    public ExerciseRun ToRun() => new(id, [.. listed], [.. tests], interruption, Output.Captured);
}
