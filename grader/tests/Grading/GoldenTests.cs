using Attention.Grader.Grading;
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

    public static TheoryData<string> Behaviours() => new(GoldenFolder.Behaviours());

    [Theory]
    [MemberData(nameof(Behaviours))]
    public void The_grade_matches_the_golden_file(string behaviour)
    {
        var golden = new GoldenFolder(behaviour);
        var kit = KitPaths.Kit();
        kit = kit with
        {
            Assignment = kit.Assignment with
            {
                Exercises = kit.Assignment.Exercises.Select(e => e with { TimeLimitSeconds = behaviour == "memory-hog" ? MemoryHogTimeLimitSeconds : TestTimeLimitSeconds }).ToList(),
                // An attack that the allow-list would refuse before it runs: the marker lets it reach the runtime containment.
                AllowList = kit.Assignment.AllowList with { Enabled = !golden.Unrestricted },
            },
        };

        var submission = Directory.CreateTempSubdirectory("golden-");
        string actual;
        try
        {
            golden.WriteSubmission(submission.FullName);
            actual = GoldenJson.Normalize(new SubmissionGrader(kit, "fr").Grade(submission.FullName));
        }
        finally { submission.Delete(recursive: true); }

        var expectedPath = golden.ExpectedGrade;
        if (GoldenJson.Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
        }
        actual.Should().Be(File.ReadAllText(expectedPath), $"the golden file of {behaviour} says so");
    }
}
