using System.Runtime.Loader;
using Attention.Grader.Protocol;
using Xunit.Runner.Common;
using Xunit.Sdk;
using Xunit.v3;

namespace Attention.Grader.Child;

/// <summary>Runs the suite's test classes in this process with xunit v3's in-process front controller.</summary>
public static class SuiteExecution
{
    public static void Run(ChildJob job, Action<ChildMessage> send)
    {
        // What xunit's own in-process runner does first: the test context must exist before discovery.
        Xunit.TestContext.SetForInitialization(NullMessageSink.Instance, diagnosticMessages: false, internalDiagnosticMessages: false);
        var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(job.SuiteAssembly);
        var framework = ExtensibilityPointFactory.GetTestFramework(assembly);
        var controller = new InProcessFrontController(framework, assembly, null);
        var configuration = new TestAssemblyConfiguration { ParallelizeTestCollections = false, PreEnumerateTheories = true };

        var exercises = job.ListAll ? job.Exercises : job.ToRun;
        var cases = new Dictionary<string, List<ITestCase>>();
        var byClass = exercises.ToDictionary(e => e.TestClass, e => e.Id);
        controller.Find(NullMessageSink.Instance, TestFrameworkOptions.ForDiscovery(configuration), testCase =>
        {
            if (testCase.TestClassName is { } name && byClass.TryGetValue(name, out var exercise))
            {
                if (!cases.TryGetValue(exercise, out var list)) cases[exercise] = list = [];
                list.Add(testCase);
            }
            return true;
        }, new CancellationTokenSource()).AsTask().GetAwaiter().GetResult();

        if (job.ListAll)
            foreach (var exercise in job.Exercises)
                foreach (var testCase in cases.GetValueOrDefault(exercise.Id) ?? [])
                    send(new ChildMessage(ChildMessageKind.Listed, exercise.Id, TestNames.Of(testCase.TestCaseDisplayName, exercise.TestClass)));

        var execution = TestFrameworkOptions.ForExecution(configuration);
        execution.SetSynchronousMessageReporting(true);
        execution.SetDisableParallelization(true);
        foreach (var exercise in job.ToRun)
        {
            send(new ChildMessage(ChildMessageKind.Started, exercise.Id));
            var toRun = cases.GetValueOrDefault(exercise.Id) ?? [];
            if (toRun.Count > 0)
                controller.Run(new ResultSink(exercise, job.Language, send, ResultSink.OriginalHook), execution, toRun, new CancellationTokenSource())
                    .AsTask().GetAwaiter().GetResult();
            send(new ChildMessage(ChildMessageKind.Finished, exercise.Id));
        }
    }
}
