using System.Text.Json;
using Attention.Grader.Grading;
using Attention.Grader.Results;
using Attention.Grader.Tests.Support;

namespace Attention.Grader.Tests.Grading;

/// <summary>
/// The mistakes students really make (Mistakes/<name>/: the solution with one mistake, and the
/// exercises it breaks). Each must lose exactly those exercises: the suite bites, and only where it should.
/// </summary>
public sealed class MistakeTests
{
    sealed record Expected(string Mistake, string[] Breaks);

    public static TheoryData<string> Mistakes() =>
        new(Directory.GetDirectories(Path.Combine(KitPaths.GraderTests, "Mistakes")).Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_mistake_loses_exactly_the_exercises_it_breaks(string mistake)
    {
        var folder = Path.Combine(KitPaths.GraderTests, "Mistakes", mistake);
        var expected = JsonSerializer.Deserialize<Expected>(File.ReadAllText(Path.Combine(folder, "expected.json")), JsonSerializerOptions.Web)!;
        var submission = Directory.CreateTempSubdirectory("mistake-");
        try
        {
            // The solution's files, with the mistaken one(s) over them.
            Overlay.Write(Overlay.Solution, null, submission.FullName);
            foreach (var file in Directory.GetFiles(folder, "*.cs"))
                File.Copy(file, Path.Combine(submission.FullName, "student", Path.GetFileName(file)), overwrite: true);

            var report = new SubmissionGrader(KitPaths.Kit(), "fr").Grade(submission.FullName);

            var lost = report.Exercises.Where(e => e.Status != ExerciseStatus.Passed).Select(e => e.Id);
            lost.Should().BeEquivalentTo(expected.Breaks, $"{expected.Mistake} ({string.Join("; ", report.Exercises.Select(e => $"{e.Id}: {e.Status} {e.Message}"))})");
            report.Exercises.Where(e => expected.Breaks.Contains(e.Id)).Should().OnlyContain(e => e.Points < e.MaxPoints);
        }
        finally { submission.Delete(recursive: true); }
    }
}
