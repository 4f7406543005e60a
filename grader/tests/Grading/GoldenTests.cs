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

    /// <summary>An empty file of this name in a golden folder grades it with the allow-list off.</summary>
    const string UnrestrictedMarker = "unrestricted";

    public static TheoryData<string> Behaviours() =>
        new(Directory.GetDirectories(Path.Combine(KitPaths.GraderTests, "Golden")).Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Behaviours))]
    public void The_grade_matches_the_golden_file(string behaviour)
    {
        var folder = Path.Combine(KitPaths.GraderTests, "Golden", behaviour);
        var kit = KitPaths.Kit();
        kit = kit with
        {
            Assignment = kit.Assignment with
            {
                Exercises = kit.Assignment.Exercises.Select(e => e with { TimeLimitSeconds = behaviour == "memory-hog" ? MemoryHogTimeLimitSeconds : TestTimeLimitSeconds }).ToList(),
                // An attack that the allow-list would refuse before it runs: the marker lets it reach the runtime containment.
                AllowList = kit.Assignment.AllowList with { Enabled = !File.Exists(Path.Combine(folder, UnrestrictedMarker)) },
            },
        };

        var actual = GoldenJson.Normalize(new SubmissionGrader(kit, "fr").Grade(Path.Combine(folder, "submission")));

        var expectedPath = Path.Combine(folder, "expected", "grade.json");
        if (GoldenJson.Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
        }
        actual.Should().Be(File.ReadAllText(expectedPath), $"the golden file of {behaviour} says so");
    }
}
