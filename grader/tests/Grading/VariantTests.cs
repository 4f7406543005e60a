using Attention.Grader.Grading;
using Attention.Grader.Tests.Support;

namespace Attention.Grader.Tests.Grading;

/// <summary>
/// Correct solutions written another way (Variants/&lt;name&gt;/, the files that differ from solution/):
/// full marks, and no failure at all, so no mistake is ever named for them.
/// </summary>
public sealed class VariantTests
{
    public static TheoryData<string> Variants() =>
        new(Directory.GetDirectories(Path.Combine(KitPaths.GraderTests, "Variants")).Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_correct_variant_gets_full_marks_and_no_diagnosis(string variant)
    {
        var folder = Path.Combine(KitPaths.GraderTests, "Variants", variant);
        var submission = Directory.CreateTempSubdirectory("variant-");
        try
        {
            Overlay.Write(Overlay.Solution, null, submission.FullName);
            foreach (var file in Directory.GetFiles(folder, "*.cs"))
                File.Copy(file, Path.Combine(submission.FullName, "student", Path.GetFileName(file)), overwrite: true);

            var report = new SubmissionGrader(KitPaths.Kit(), "fr").Grade(submission.FullName);

            var messages = report.Exercises.SelectMany(e => e.Tests).Where(t => t.Message != "").Select(t => $"{t.Name}: {t.Message}");
            messages.Should().BeEmpty(variant);
            report.Exercises.SelectMany(e => e.Tests).Should().NotContain(t => MistakeTexts.NamedIn(t.Message).Count > 0);
            report.Score.Should().Be(report.MaxScore, variant);
        }
        finally { submission.Delete(recursive: true); }
    }
}
