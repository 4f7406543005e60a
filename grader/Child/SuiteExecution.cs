using System.Runtime.Loader;
using Attention.Grader.Localization;
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
        // Which exercise a test grades is its [Exercise] trait: a class of hidden tests joins its exercise by carrying it.
        var cases = new Dictionary<string, List<ITestCase>>();
        var wanted = exercises.Select(e => e.Id).ToHashSet();
        var tagged = 0;
        controller.Find(NullMessageSink.Instance, TestFrameworkOptions.ForDiscovery(configuration), testCase =>
        {
            foreach (var exercise in ExercisesOf(testCase))
            {
                tagged++;
                if (!wanted.Contains(exercise)) continue;
                if (!cases.TryGetValue(exercise, out var list)) cases[exercise] = list = [];
                list.Add(testCase);
            }
            return true;
        }, new CancellationTokenSource()).AsTask().GetAwaiter().GetResult();
        if (tagged == 0) throw new KitFailureException(nameof(Strings.SuiteWithoutExerciseTrait), Path.GetFileName(job.SuiteAssembly), ChildJob.ExerciseTrait);

        if (job.ListAll)
            foreach (var exercise in job.Exercises)
                foreach (var testCase in cases.GetValueOrDefault(exercise.Id) ?? [])
                    send(new ChildMessage(ChildMessageKind.Listed, exercise.Id, TestNames.Of(testCase, testCase.TestCaseDisplayName, testCase.TestClassName)));

        var execution = TestFrameworkOptions.ForExecution(configuration);
        execution.SetSynchronousMessageReporting(true);
        execution.SetDisableParallelization(true);
        foreach (var exercise in job.ToRun)
        {
            FenceOutput(job, exercise.Id);
            send(new ChildMessage(ChildMessageKind.Started, exercise.Id));
            var toRun = cases.GetValueOrDefault(exercise.Id) ?? [];
            if (toRun.Count > 0)
                controller.Run(new ResultSink(exercise, toRun.ToDictionary(c => c.UniqueID), job.Language, send, ResultSink.OriginalHook), execution, toRun, new CancellationTokenSource())
                    .AsTask().GetAwaiter().GetResult();
            send(new ChildMessage(ChildMessageKind.Finished, exercise.Id));
        }
    }

    /// <summary>From here on, what is printed on either stream is this exercise's.</summary>
    static void FenceOutput(ChildJob job, string exercise)
    {
        var fence = ChildJob.OutputFence(job.OutputMarker, exercise);
        Console.Out.WriteLine(fence);
        Console.Out.Flush();
        Console.Error.WriteLine(fence);
        Console.Error.Flush();
    }

    static IEnumerable<string> ExercisesOf(ITestCase testCase) =>
        testCase.Traits.TryGetValue(ChildJob.ExerciseTrait, out var ids) ? ids : [];
}
