using System.Diagnostics;
using Attention.Grader.Localization;
using Attention.Grader.Protocol;
using Attention.Grader.Results;
using Xunit.Sdk;

namespace Attention.Grader.Child;

/// <summary>
/// Turns xunit's messages about one exercise into signed results. A test passes only if the suite's
/// assertion hook (FluentAssertions' Services.ThrowException) is still the one the child started
/// with: student code that silenced failures gets failed tests, not points.
/// </summary>
sealed class ResultSink(ChildExercise exercise, IReadOnlyDictionary<string, ITestCase> testCases, string language, Action<ChildMessage> send, Action<string> assertionHook) : IMessageSink
{
    readonly Dictionary<string, string> names = [];
    readonly Dictionary<string, string?> classes = [];

    /// <summary>FluentAssertions' failure hook as the child found it, before any student code loaded.</summary>
    public static Action<string> OriginalHook { get; } = FluentAssertions.Common.Services.ThrowException;

    public bool OnMessage(IMessageSinkMessage message)
    {
        switch (message)
        {
            case ITestCaseStarting caseStarting:
                classes[caseStarting.TestCaseUniqueID] = caseStarting.TestClassName;
                break;
            case ITestStarting starting:
                names[starting.TestUniqueID] = testCases.TryGetValue(starting.TestCaseUniqueID, out var testCase)
                    ? TestNames.Of(testCase, starting.TestDisplayName, testCase.TestClassName)
                    : TestNames.Of(starting.TestDisplayName, classes.GetValueOrDefault(starting.TestCaseUniqueID));
                FluentAssertions.Common.Services.ThrowException = assertionHook;
                break;
            case ITestPassed passed:
                if (!ReferenceEquals(FluentAssertions.Common.Services.ThrowException, assertionHook))
                {
                    FluentAssertions.Common.Services.ThrowException = assertionHook;
                    Report(passed.TestUniqueID, TestStatus.Failed, Localization.Texts.Of(language, nameof(Localization.Strings.AssertionHookChanged)), passed.ExecutionTime);
                }
                else Report(passed.TestUniqueID, TestStatus.Passed, null, passed.ExecutionTime);
                break;
            case ITestFailed failed:
                var (status, text) = Failures.Describe(language, failed.ExceptionTypes, failed.Messages);
                Report(failed.TestUniqueID, status, text, failed.ExecutionTime);
                break;
            case ITestSkipped skipped:
                Report(skipped.TestUniqueID, TestStatus.Failed, skipped.Reason, 0);
                break;
            case ITestNotRun notRun:
                Report(notRun.TestUniqueID, TestStatus.Error, Texts.Of(language, nameof(Strings.TestNotRun)), 0);
                break;
        }
        return true;
    }

    void Report(string id, TestStatus status, string? message, decimal seconds)
    {
        Debug.Assert(names.ContainsKey(id));
        send(new ChildMessage(ChildMessageKind.Result, exercise.Id, names.GetValueOrDefault(id, id), status, message,
            (double)Math.Round(seconds * 1000, 1)));
    }
}
