using System.Text.Json;
using Attention.Grader.Grading;
using Attention.Grader.Results;
using Attention.Grader.Tests.Support;

namespace Attention.Grader.Tests.Grading;

/// <summary>
/// The mistakes students really make (Mistakes/<name>/: the solution with one mistake, and the
/// exercises it breaks). Each must lose exactly those exercises: the suite bites, and only where it should.
/// And the feedback names it: some failure's headline is its catalogue text (tests/Mistakes.resx), and
/// no headline names a mistake it does not make.
/// </summary>
public sealed class MistakeTests
{
    sealed record Expected(string Mistake, string[] Breaks, string[] Diagnoses);

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

            var named = report.Exercises.SelectMany(e => e.Tests).Select(t => (t.Name, Named: MistakeTexts.NamedIn(t.Message))).Where(t => t.Named.Count > 0).ToList();
            named.Where(t => !t.Named.Intersect(expected.Diagnoses).Any()).Should().BeEmpty(
                $"{mistake} is named only as {string.Join(", ", expected.Diagnoses)}");
            var crashed = report.Exercises.Any(e => e.Status == ExerciseStatus.Crashed);
            if (crashed && named.Count == 0)
                Assert.Skip($"{mistake}: every exercise that would name it crashed (an incompatible matmul aborts libtorch until the matmul shape check is in).");
            named.SelectMany(t => t.Named).Should().Contain(expected.Diagnoses, $"{mistake} must be named ({string.Join("; ", report.Exercises.Select(e => $"{e.Id}: {e.Message.Split('\n')[0]}"))})");
        }
        finally { submission.Delete(recursive: true); }
    }
}
