using Attention.Grader.Batch;
using Attention.Grader.Tests.Support;

namespace Attention.Grader.Tests.Batch;

/// <summary>What the batch keeps from one run to the next: a refusal is a verdict, a failure of the kit is not.</summary>
public sealed class ClassGradingTests : IDisposable
{
    readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("grader-class-grading-");

    public void Dispose() => temp.Delete(recursive: true);

    [Fact]
    public void A_kit_failure_is_graded_again_next_run_but_a_refused_submission_is_not()
    {
        // A kit whose stubs do not compile: the kit's fault, whatever the student handed in.
        var brokenStub = Path.Combine(temp.FullName, "Broken.cs");
        File.WriteAllText(brokenStub, "this is not C#");
        var kit = KitPaths.Kit();
        kit = kit with { Assignment = kit.Assignment with { StudentFiles = kit.Assignment.StudentFiles.Select(f => f with { Stub = brokenStub }).ToList() } };
        var refused = Directory.CreateDirectory(Path.Combine(temp.FullName, "class", "refused")).FullName;
        var failed = Directory.CreateDirectory(Path.Combine(temp.FullName, "class", "failed")).FullName;
        File.WriteAllText(Path.Combine(failed, "SelfAttention.cs"), "neither is this");
        var report = Directory.CreateDirectory(Path.Combine(temp.FullName, "report")).FullName;

        var outcomes = new ClassGrading(kit, "fr", report, force: false).Run([refused, failed], 1, _ => { });

        outcomes.Should().OnlyContain(o => o.Reason != "");
        outcomes[1].Reason.Should().Contain("kit défectueux", "a kit failure says so: {0}", outcomes[1].Reason);
        File.Exists(Path.Combine(report, "refused", "hash.txt")).Should().BeTrue("a refusal is final: the same files are refused again");
        File.Exists(Path.Combine(report, "failed", "hash.txt")).Should().BeFalse("a kit failure is not the submission's grade");
        File.ReadAllText(Path.Combine(report, "failed", "grade.json")).Should().Contain("\"maxScore\": 20");
    }
}
