using Attention.Grader.Grading;
using Attention.Grader.Reports;
using Attention.Grader.Results;
using Attention.Grader.Tests.Support;

namespace Attention.Grader.Tests.Grading;

/// <summary>Graded as a student's submission: what a failed exercise says first is what the mistake is.</summary>
public sealed class HeadlineTests
{
    [Fact]
    public void Without_the_square_root_the_scaling_exercise_opens_on_the_square_root_not_on_values()
    {
        var report = Grade(("ScaledDotProductAttention.cs", source => source.Replace("scores / Math.Sqrt(dK)", "scores * 1.0")));

        var headline = FailureText.Headline(report.Exercises.Single(e => e.Id == "ex2").Message);
        headline.Should().Contain("√d_k").And.NotStartWith("Valeurs attendues");
    }

    [Fact]
    public void K_t_on_batches_is_explained_in_french_without_native_frames()
    {
        var report = Grade(("ScaledDotProductAttention.cs", source => source.Replace("q.matmul(k.transpose(-2, -1))", "q.matmul(k.t())")));

        var scores = report.Exercises.Single(e => e.Id == "ex1");
        scores.Status.Should().Be(ExerciseStatus.Failed);
        var lines = scores.Message.Split('\n');
        // The catalogue's diagnosis of that mistake, with the fix; libtorch's own line may follow, never its frames.
        lines[0].Should().Contain(".t()").And.Contain("k.transpose(-2, -1)").And.NotContain("expects a tensor");
        report.ToJson().Should().NotContain("frame #").And.NotContain("Exception raised from");
        report.ToMarkdown().Should().NotContain("frame #");
    }

    static GradeReport Grade(params (string File, Func<string, string> Edit)[] edits)
    {
        var submission = Directory.CreateTempSubdirectory("headline-");
        try
        {
            foreach (var file in Directory.GetFiles(Path.Combine(KitPaths.Root, "solution"), "*.cs").Where(f => !f.EndsWith("Program.cs")))
            {
                var name = Path.GetFileName(file);
                var source = File.ReadAllText(file);
                foreach (var edit in edits.Where(e => e.File == name))
                {
                    var edited = edit.Edit(source);
                    edited.Should().NotBe(source, "the mistake is made in the solution's code");
                    source = edited;
                }
                File.WriteAllText(Path.Combine(submission.FullName, name), source);
            }
            return new SubmissionGrader(KitPaths.Kit(), "fr").Grade(submission.FullName);
        }
        finally { submission.Delete(recursive: true); }
    }
}
