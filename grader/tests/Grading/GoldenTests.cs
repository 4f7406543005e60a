using System.Net;
using System.Net.Sockets;
using Attention.Grader.Grading;
using Attention.Grader.Reports;
using Attention.Grader.Tests.Support;

namespace Attention.Grader.Tests.Grading;

/// <summary>
/// One folder per grader behaviour under Golden/: a submission and the grade.json it must get.
/// Regenerate with UPDATE_GOLDEN=1 dotnet test, then read the diff.
/// </summary>
public sealed class GoldenTests
{
    /// <summary>Short limits, so that the infinite loop costs seconds, not the real half-minute.</summary>
    const int TestTimeLimitSeconds = 5;

    /// <summary>
    /// Writing 2 GiB of tensors can take longer than 5 s on a loaded 2-core CI machine: the memory
    /// hog gets time to reach the memory cap, so that its golden file tests the cap, not the clock.
    /// </summary>
    const int MemoryHogTimeLimitSeconds = 20;

    /// <summary>
    /// Goldens that must reach a cap of the whole jail before the clock, move 20 MB per test, or search
    /// the disk first: the same time as the memory hog, so that a loaded machine does not turn them into timeouts.
    /// </summary>
    static readonly string[] SlowToCap = ["memory-hog", "memory-helper", "process-burst", "failure-flood", "borrowed-reference"];

    /// <summary>The port the network golden sends to; a listener here during every grading must receive nothing.</summary>
    public const int ListenerPort = 47147;

    /// <summary>grade.json stays under this size, whatever the submission does.</summary>
    const int MaxGradeJsonBytes = 1_000_000;

    /// <summary>Those marked `batch` attack the class: BatchAttackTests grades them with `batch`.</summary>
    public static TheoryData<string> Behaviours() =>
        new(GoldenFolder.Behaviours().Where(b => !GoldenSubmission.InBatch(Path.Combine(GoldenFolder.Root, b))));

    [Theory]
    [MemberData(nameof(Behaviours))]
    public void The_grade_matches_the_golden_file(string behaviour)
    {
        var golden = new GoldenFolder(behaviour);
        // An attack golden really attacks (rewrites files, kills processes): never outside the jail, which is
        // Linux's (README, Security); on Linux a missing bubblewrap is a failure, not a skip.
        Assert.SkipWhen(golden.Unrestricted && !OperatingSystem.IsLinux(), $"{behaviour} is an attack: graded only in the Linux jail");
        if (golden.Unrestricted)
            Attention.Grader.Sandbox.Containment.OfMachine.Level.Should().NotBe(Attention.Grader.Sandbox.ContainmentLevel.None,
                $"{behaviour} is an attack, graded only inside the jail: install bubblewrap (see README, Security)");
        var kit = KitPaths.Kit();
        kit = kit with
        {
            Assignment = kit.Assignment with
            {
                Exercises = kit.Assignment.Exercises.Select(e => e with { TimeLimitSeconds = SlowToCap.Contains(behaviour) ? MemoryHogTimeLimitSeconds : TestTimeLimitSeconds }).ToList(),
                // An attack that the allow-list would refuse before it runs: the marker lets it reach the runtime containment.
                AllowList = kit.Assignment.AllowList with { Enabled = !golden.Unrestricted },
            },
        };

        var submission = Directory.CreateTempSubdirectory("golden-");
        using var listener = new TcpListener(IPAddress.Loopback, ListenerPort);
        listener.Start();
        Attention.Grader.Results.GradeReport report;
        try
        {
            golden.WriteSubmission(submission.FullName);
            report = new SubmissionGrader(kit, "fr").Grade(submission.FullName);
        }
        finally { submission.Delete(recursive: true); }
        listener.Pending().Should().BeFalse("no submission reaches the machine's network (127.0.0.1)");
        System.Text.Encoding.UTF8.GetByteCount(report.ToJson()).Should().BeLessThan(MaxGradeJsonBytes, "grade.json stays under 1 MB whatever the submission");
        var actual = GoldenJson.Normalize(report);

        var expectedPath = golden.ExpectedGrade;
        if (GoldenJson.Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
        }
        actual.Should().Be(File.ReadAllText(expectedPath), $"the golden file of {behaviour} says so");
    }
}
