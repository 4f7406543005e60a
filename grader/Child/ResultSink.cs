using System.Diagnostics;
using Attention.Grader.Execution;
using Xunit.Sdk;

namespace Attention.Grader.Child;

/// <summary>
/// Turns xunit's messages about one exercise into signed results. A test passes only if the suite's
/// assertion hook (FluentAssertions' Services.ThrowException) is still the one the child started
/// with: student code that silenced failures gets failed tests, not points.
/// </summary>
sealed class ResultSink(ChildExercise exercise, Action<ChildMessage> send, Action<string> assertionHook) : IMessageSink
{
    readonly Dictionary<string, string> names = [];

    /// <summary>FluentAssertions' failure hook as the child found it, before any student code loaded.</summary>
    public static Action<string> OriginalHook { get; } = FluentAssertions.Common.Services.ThrowException;

    public bool OnMessage(IMessageSinkMessage message)
    {
        switch (message)
        {
            case ITestStarting starting:
                names[starting.TestUniqueID] = TestNames.Of(starting.TestDisplayName, exercise.TestClass);
                FluentAssertions.Common.Services.ThrowException = assertionHook;
                break;
            case ITestPassed passed:
                if (!ReferenceEquals(FluentAssertions.Common.Services.ThrowException, assertionHook))
                {
                    FluentAssertions.Common.Services.ThrowException = assertionHook;
                    Report(passed.TestUniqueID, "failed", Localization.Strings.Text("AssertionHookChanged"), passed.ExecutionTime);
                }
                else Report(passed.TestUniqueID, "passed", null, passed.ExecutionTime);
                break;
            case ITestFailed failed:
                var (status, text) = Failures.Describe(failed.ExceptionTypes, failed.Messages);
                Report(failed.TestUniqueID, status, text, failed.ExecutionTime);
                break;
            case ITestSkipped skipped:
                Report(skipped.TestUniqueID, "failed", skipped.Reason, 0);
                break;
            case ITestNotRun notRun:
                Report(notRun.TestUniqueID, "error", "not run", 0);
                break;
        }
        return true;
    }

    void Report(string id, string status, string? message, decimal seconds)
    {
        Debug.Assert(names.ContainsKey(id));
        send(new ChildMessage(ChildMessage.Result, exercise.Id, names.GetValueOrDefault(id, id), status, message,
            (double)Math.Round(seconds * 1000, 1)));
    }
}
