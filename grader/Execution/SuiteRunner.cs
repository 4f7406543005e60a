using System.Diagnostics;
using Attention.Grader.Assignment;
using Attention.Grader.Commands;
using Attention.Grader.Localization;
using Attention.Grader.Sandbox;

namespace Attention.Grader.Execution;

/// <summary>
/// Runs the exercises in child processes, as few as containment allows: one child runs them all in
/// turn; when one overruns its time limit, exceeds the memory cap or takes the process down, that
/// exercise is marked, the child is stopped, and a new child goes on with the rest.
/// </summary>
public sealed class SuiteRunner(Kit kit, string language, Containment containment)
{
    /// <summary>Tests listed per exercise, at most: what the child reports is bounded by what it listed.</summary>
    const int MaxListed = 1000;

    static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(120);
    static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    readonly AssignmentSpec assignment = kit.Assignment;

    public int ForgedLines { get; private set; }

    /// <param name="workFolder">the child's working folder (a private tmpfs in the jail)</param>
    /// <param name="channelFolder">a folder of the grader's for the channel's socket, shown read-only in the jail</param>
    public IReadOnlyDictionary<string, ExerciseRun> Run(string studentAssembly, IReadOnlyList<ExerciseSpec> toRun, string workFolder, string channelFolder)
    {
        var runs = assignment.Exercises.ToDictionary(e => e.Id, e => new ExerciseRun(e.Id));
        var remaining = toRun.Select(e => e.Id).ToList();
        var listed = false;
        while (remaining.Count > 0 || !listed)
        {
            var job = new ChildJob(kit.SuiteAssembly, studentAssembly, assignment.Suite.ImplementationAssembly, "",
                ListAll: !listed,
                Exercises: assignment.Exercises.Select(e => new ChildExercise(e.Id, e.TestClass)).ToList(),
                ToRun: remaining.Select(id => new ChildExercise(id, assignment.Exercise(id).TestClass)).ToList());
            var launch = new ChildLaunch(kit.ChildAssembly, kit.SuiteAssembly, studentAssembly, workFolder, channelFolder, language,
                containment, assignment.Limits.MemoryMegabytes * 1024L * 1024L);
            var progressed = RunChild(launch, job, runs, remaining, ref listed);
            if (!progressed)
            {
                // The child died before any exercise began: nothing more can be learnt by retrying.
                foreach (var id in remaining) Interrupt(runs[id], "crashed", Strings.Text("ChildDidNotStart"));
                break;
            }
        }
        return runs;
    }

    /// <summary>One child; true when it got at least one exercise further.</summary>
    bool RunChild(ChildLaunch launch, ChildJob job, Dictionary<string, ExerciseRun> runs, List<string> remaining, ref bool listed)
    {
        using var child = ChildProcess.Start(launch, job);
        ExerciseRun? current = null;
        child.Printed += line => (current ?? runs[job.ToRun.FirstOrDefault()?.Id ?? job.Exercises[0].Id]).Output.Add(line);
        var clock = Stopwatch.StartNew();
        var deadline = StartupLimit;
        var memoryCap = launch.MemoryBytes;
        string? CapReason(CapHit hit, long memory) =>
            hit == CapHit.Memory || memory > memoryCap ? Strings.Text("MemoryLimitExceeded", assignment.Limits.MemoryMegabytes)
            : hit == CapHit.Processes ? Strings.Text("ProcessLimitExceeded", WholeJailCaps.MaxTasks)
            : null;
        var progressed = false;
        try
        {
            while (true)
            {
                var message = child.Next(Poll);
                // Only messages about the exercises asked for, and results only for tests it listed, once each.
                if (message is not null && !Expected(message, runs)) continue;
                if (message is not null)
                {
                    switch (message.Kind)
                    {
                        case ChildMessage.Listed:
                            if (runs[message.Exercise!].Listed.Count < MaxListed) runs[message.Exercise!].Listed.Add(message.Test!);
                            break;
                        case ChildMessage.Started:
                            listed = true;
                            current = runs[message.Exercise!];
                            deadline = clock.Elapsed + TimeSpan.FromSeconds(assignment.Exercise(current.Id).TimeLimitSeconds);
                            break;
                        case ChildMessage.Result:
                            var run = runs[message.Exercise!];
                            if (run.Listed.Contains(message.Test!) && run.Tests.All(t => t.Name != message.Test))
                                run.Tests.Add(new(message.Test!, message.Status!, message.Message ?? "", message.Milliseconds ?? 0));
                            break;
                        case ChildMessage.Finished:
                            // A cap reached by the exercise that just ended (a fork refused, a helper killed) is still its own.
                            if (current is not null && CapReason(child.CapHit(), child.Memory()) is { } capped)
                                return Stop(child, current, remaining, "crashed", capped);
                            runs[message.Exercise!].Finished = true;
                            remaining.Remove(message.Exercise!);
                            progressed = true;
                            current = null;
                            deadline = StartupLimit + clock.Elapsed;
                            break;
                        case ChildMessage.Done:
                            listed = true;
                            return true;
                        case ChildMessage.Fatal:
                            throw new GraderException("SuiteFailed", message.Message);
                    }
                    continue;
                }

                // Memory first: a submission that hoards memory is usually slow too, and the memory is the cause.
                // It is the whole jail's (helper processes included), and an OOM kill inside it counts as over.
                if (current is not null && CapReason(child.CapHit(), child.Memory()) is { } reason)
                    return Stop(child, current, remaining, "crashed", reason);
                if (clock.Elapsed > deadline)
                {
                    if (current is null) return progressed;
                    var limit = assignment.Exercise(current.Id).TimeLimitSeconds;
                    return Stop(child, current, remaining, "timeout", Strings.Text("TimeLimitExceeded", limit));
                }
                if (child.ChannelClosed && child.HasExited)
                {
                    if (current is null) return progressed;
                    child.WaitForOutput();
                    return Stop(child, current, remaining, "crashed", Strings.Text("ProcessCrashed", Describe(child.ExitCode)));
                }
            }
        }
        finally
        {
            ForgedLines += child.Forged;
        }
    }

    /// <summary>A message names an exercise of the assignment (and a test when it must): anything else is ignored.</summary>
    static bool Expected(ChildMessage message, Dictionary<string, ExerciseRun> runs) => message.Kind switch
    {
        ChildMessage.Done or ChildMessage.Fatal => true,
        ChildMessage.Listed or ChildMessage.Result => message.Exercise is not null && runs.ContainsKey(message.Exercise) && message.Test is not null,
        _ => message.Exercise is not null && runs.ContainsKey(message.Exercise),
    };

    static bool Stop(ChildProcess child, ExerciseRun current, List<string> remaining, string status, string reason)
    {
        child.Kill();
        Interrupt(current, status, reason);
        remaining.Remove(current.Id);
        return true;
    }

    static void Interrupt(ExerciseRun run, string status, string reason)
    {
        run.Interruption = status;
        run.InterruptionReason = reason;
    }

    static string Describe(int? exitCode) => exitCode switch
    {
        null => "?",
        134 or -6 => "SIGABRT",
        137 or -9 => "SIGKILL",
        139 or -11 => "SIGSEGV",
        var code => code.ToString()!,
    };
}
