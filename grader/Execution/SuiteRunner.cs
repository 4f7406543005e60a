using System.Diagnostics;
using Attention.Grader.Assignment;
using Attention.Grader.Localization;
using Attention.Grader.Sandbox;
using Attention.Grader.Protocol;
using Attention.Grader.Results;

namespace Attention.Grader.Execution;

/// <summary>
/// Runs the exercises in child processes, as few as containment allows: one child runs them all in
/// turn; when one overruns its time limit, exceeds the memory cap or takes the process down, that
/// exercise is marked, the child is stopped, and a new child goes on with the rest.
/// </summary>
public sealed class SuiteRunner(Kit kit, string language, Containment containment)
{
    static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(120);
    static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    readonly AssignmentSpec assignment = kit.Assignment;
    int forgedLines;

    /// <param name="workFolder">the child's working folder (a private tmpfs in the jail)</param>
    /// <param name="channelFolder">a folder of the grader's for the channel's socket, shown read-only in the jail</param>
    public SuiteRun Run(string studentAssembly, IReadOnlyList<ExerciseSpec> toRun, string workFolder, string channelFolder)
    {
        var outputLimit = assignment.Limits.OutputKilobytes * 1024;
        var runs = assignment.Exercises.ToDictionary(e => e.Id, e => new ExerciseLog(e.Id, outputLimit));
        var remaining = toRun.Select(e => e.Id).ToList();
        var listed = false;
        while (remaining.Count > 0 || !listed)
        {
            var job = new ChildJob(kit.SuiteAssembly, studentAssembly, assignment.Suite.ImplementationAssembly, "", "", language,
                ListAll: !listed,
                Exercises: assignment.Exercises.Select(e => new ChildExercise(e.Id)).ToList(),
                ToRun: remaining.Select(id => new ChildExercise(id)).ToList());
            var launch = new ChildLaunch(kit.ChildAssembly, kit.SuiteAssembly, studentAssembly, workFolder, channelFolder, language,
                containment, assignment.Limits.MemoryMegabytes * 1024L * 1024L);
            var progressed = RunChild(launch, job, runs, remaining, ref listed);
            if (!progressed)
            {
                // The child died before any exercise began: nothing more can be learnt by retrying.
                foreach (var id in remaining) runs[id].Interrupt(ExerciseStatus.Crashed, Texts.Of(language, nameof(Strings.ChildDidNotStart)));
                break;
            }
        }
        return new SuiteRun(runs.ToDictionary(p => p.Key, p => p.Value.ToRun()), forgedLines);
    }

    /// <summary>One child; true when it got at least one exercise further.</summary>
    bool RunChild(ChildLaunch launch, ChildJob job, Dictionary<string, ExerciseLog> runs, List<string> remaining, ref bool listed)
    {
        using var child = ChildProcess.Start(launch, job);
        ExerciseLog? current = null;
        // Output before any exercise started (the runtime's own, say) goes with the first one to run.
        var first = job.ToRun.FirstOrDefault()?.Id ?? job.Exercises[0].Id;
        child.Printed += (exercise, line) => runs[exercise is not null && runs.ContainsKey(exercise) ? exercise : first].Output.Add(line);
        var clock = Stopwatch.StartNew();
        var deadline = StartupLimit;
        var memoryCap = launch.MemoryBytes;
        string? CapReason(CapHit hit, long memory) =>
            hit == CapHit.Memory || memory > memoryCap ? Texts.Of(language, nameof(Strings.MemoryLimitExceeded), assignment.Limits.MemoryMegabytes)
            : hit == CapHit.Processes ? Texts.Of(language, nameof(Strings.ProcessLimitExceeded), WholeJailCaps.MaxTasks)
            : null;
        var progressed = false;
        try
        {
            while (true)
            {
                var message = child.Next(Poll);
                // Only messages about the exercises of the assignment (results for listed tests: see ExerciseLog).
                if (message is not null && !Expected(message, runs)) continue;
                if (message is not null)
                {
                    switch (message.Kind)
                    {
                        case ChildMessageKind.Listed:
                            runs[message.Exercise!].List(message.Test!);
                            break;
                        case ChildMessageKind.Started:
                            listed = true;
                            current = runs[message.Exercise!];
                            deadline = clock.Elapsed + TimeSpan.FromSeconds(assignment.Exercise(current.Id).TimeLimitSeconds);
                            break;
                        case ChildMessageKind.Result:
                            runs[message.Exercise!].Record(new(message.Test!, message.Status ?? TestStatus.Error, message.Message ?? "", message.Milliseconds ?? 0));
                            break;
                        case ChildMessageKind.Finished:
                            // A cap reached by the exercise that just ended (a fork refused, a helper killed) is still its own.
                            if (current is not null && CapReason(child.CapHit(), child.Memory()) is { } capped)
                                return Stop(child, current, remaining, ExerciseStatus.Crashed, capped);
                            remaining.Remove(message.Exercise!);
                            progressed = true;
                            current = null;
                            deadline = StartupLimit + clock.Elapsed;
                            break;
                        case ChildMessageKind.Done:
                            listed = true;
                            return true;
                        case ChildMessageKind.Fatal:
                            throw new KitFailureException(nameof(Strings.SuiteFailed), message.Message);
                    }
                    continue;
                }

                // Memory first: a submission that hoards memory is usually slow too, and the memory is the cause.
                // It is the whole jail's (helper processes included), and an OOM kill inside it counts as over.
                if (current is not null && CapReason(child.CapHit(), child.Memory()) is { } reason)
                    return Stop(child, current, remaining, ExerciseStatus.Crashed, reason);
                if (clock.Elapsed > deadline)
                {
                    if (current is null) return progressed;
                    var limit = assignment.Exercise(current.Id).TimeLimitSeconds;
                    return Stop(child, current, remaining, ExerciseStatus.Timeout, Texts.Of(language, nameof(Strings.TimeLimitExceeded), limit));
                }
                if (child.ChannelClosed && child.HasExited)
                {
                    if (current is null) return progressed;
                    child.WaitForOutput();
                    return Stop(child, current, remaining, ExerciseStatus.Crashed, Texts.Of(language, nameof(Strings.ProcessCrashed), Describe(child.ExitCode)));
                }
            }
        }
        finally
        {
            forgedLines += child.Forged;
        }
    }

    /// <summary>A message names an exercise of the assignment (and a test when it must): anything else is ignored.</summary>
    static bool Expected(ChildMessage message, Dictionary<string, ExerciseLog> runs) => message.Kind switch
    {
        ChildMessageKind.Done or ChildMessageKind.Fatal => true,
        ChildMessageKind.Listed or ChildMessageKind.Result => message.Exercise is not null && runs.ContainsKey(message.Exercise) && message.Test is not null,
        _ => message.Exercise is not null && runs.ContainsKey(message.Exercise),
    };

    static bool Stop(ChildProcess child, ExerciseLog current, List<string> remaining, ExerciseStatus status, string reason)
    {
        child.Kill();
        current.Interrupt(status, reason);
        remaining.Remove(current.Id);
        return true;
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
