using System.Diagnostics;
using Attention.Grader.Assignment;
using Attention.Grader.Commands;
using Attention.Grader.Localization;

namespace Attention.Grader.Execution;

/// <summary>
/// Runs the exercises in child processes, as few as containment allows: one child runs them all in
/// turn; when one overruns its time limit, exceeds the memory cap or takes the process down, that
/// exercise is marked, the child is stopped, and a new child goes on with the rest.
/// </summary>
public sealed class SuiteRunner(Kit kit, string language)
{
    static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(120);
    static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    readonly AssignmentSpec assignment = kit.Assignment;

    public int ForgedLines { get; private set; }

    public IReadOnlyDictionary<string, ExerciseRun> Run(string studentAssembly, IReadOnlyList<ExerciseSpec> toRun, string workFolder)
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
            var progressed = RunChild(job, runs, remaining, workFolder, ref listed);
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
    bool RunChild(ChildJob job, Dictionary<string, ExerciseRun> runs, List<string> remaining, string workFolder, ref bool listed)
    {
        using var child = ChildProcess.Start(kit.ChildAssembly, job, workFolder, language);
        ExerciseRun? current = null;
        child.Printed += line => (current ?? runs[job.ToRun.FirstOrDefault()?.Id ?? job.Exercises[0].Id]).Output.Add(line);
        var clock = Stopwatch.StartNew();
        var deadline = StartupLimit;
        var memoryCap = assignment.Limits.MemoryMegabytes * 1024L * 1024L;
        var progressed = false;
        try
        {
            while (true)
            {
                var message = child.Next(Poll);
                if (message is not null)
                {
                    switch (message.Kind)
                    {
                        case ChildMessage.Listed:
                            runs[message.Exercise!].Listed.Add(message.Test!);
                            break;
                        case ChildMessage.Started:
                            listed = true;
                            current = runs[message.Exercise!];
                            deadline = clock.Elapsed + TimeSpan.FromSeconds(assignment.Exercise(current.Id).TimeLimitSeconds);
                            break;
                        case ChildMessage.Result:
                            runs[message.Exercise!].Tests.Add(new(message.Test!, message.Status!, message.Message ?? "", message.Milliseconds ?? 0));
                            break;
                        case ChildMessage.Finished:
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
                if (child.Memory() > memoryCap && current is not null)
                    return Stop(child, current, remaining, "crashed", Strings.Text("MemoryLimitExceeded", assignment.Limits.MemoryMegabytes));
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
