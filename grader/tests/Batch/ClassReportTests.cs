using Attention.Grader.Assignment;
using Attention.Grader.Batch;
using Attention.Grader.Results;
using Attention.Grader.Tests.Support;
using TestResult = Attention.Grader.Results.TestResult;

namespace Attention.Grader.Tests.Batch;

/// <summary>index.html: what a submission wrote is shown as text, never as markup; failures are counted per submission.</summary>
public sealed class ClassReportTests : IDisposable
{
    readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("grader-class-report-");

    public void Dispose() => temp.Delete(recursive: true);

    static GradeReport Failing(string message) => new()
    {
        Score = 0,
        MaxScore = 20,
        Exercises =
        [
            new ExerciseResult
            {
                Id = "ex1", Title = "Exercice 1", Points = 0, MaxPoints = 2, Status = ExerciseStatus.Failed, Message = message,
                Tests = [new TestResult("A", TestStatus.Failed, message), new TestResult("B", TestStatus.Failed, message)],
            },
        ],
    };

    [Fact]
    public void Messages_are_encoded_and_counted_once_per_submission()
    {
        var assignment = AssignmentLoader.Load(KitPaths.Root);
        var attack = "<script>alert('x')</script>";
        SubmissionOutcome[] outcomes =
        [
            new("a", Failing(attack), Skipped: false),
            new("b", Failing(attack), Skipped: false),
            new("<img src=x>", Failing("") with { Error = "<b>refusé</b>" }, Skipped: false),
        ];

        ClassReport.CommonFailures([.. outcomes.Select(o => o.Report).Where(r => r.Error is null)])
            .Should().Equal((attack, 2));

        ClassReport.Write(temp.FullName, assignment, "fr", outcomes, Attention.Grader.Sandbox.Containment.Unsandboxed);
        var html = File.ReadAllText(Path.Combine(temp.FullName, ClassReport.FileName));
        html.Should().NotContain("<script>").And.NotContain("<b>").And.NotContain("<img src=x>");
        html.Should().Contain("&lt;script&gt;").And.Contain("&lt;b&gt;refus");
    }
}
