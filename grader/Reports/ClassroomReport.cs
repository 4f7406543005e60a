using System.Text;
using System.Text.Json;
using Attention.Grader.Assignment;
using Attention.Grader.Results;

namespace Attention.Grader.Reports;

/// <summary>
/// GitHub Classroom's autograding outputs: one step output per exercise, named by its id, holding
/// the base64 JSON that classroom-resources/autograding-grading-reporter@v1 reads from a runner,
/// and `runners=ex1,ex2,…`. The workflow passes them on as EX1_RESULTS: ${{ steps.grade.outputs.ex1 }}.
/// </summary>
public static class ClassroomReport
{
    public static string ToClassroomOutputs(this GradeReport report)
    {
        var lines = new StringBuilder();
        foreach (var exercise in report.Exercises)
            lines.Append(exercise.Id).Append('=').AppendLine(Convert.ToBase64String(Encoding.UTF8.GetBytes(RunnerJson(exercise))));
        lines.Append("runners=").AppendLine(string.Join(",", report.Exercises.Select(e => e.Id)));
        return lines.ToString();
    }

    /// <summary>
    /// The outputs of a grading that did not run (report.Error set): every exercise's runner is at 0
    /// with one test in error that says why, so the reporter shows the reason where the points would be.
    /// </summary>
    public static string ToClassroomOutputs(this GradeReport report, IReadOnlyList<ExerciseSpec> exercises)
    {
        if (report.Error is not { } error) return report.ToClassroomOutputs();
        var language = report.Language ?? Localization.Language.French;
        return (report with
        {
            Exercises = exercises.Select(e => new ExerciseResult
            {
                Id = e.Id,
                Title = e.Title.In(language),
                Points = 0,
                MaxPoints = e.Points,
                Status = ExerciseStatus.Failed,
                Message = error,
                Tests = [new TestResult(e.Title.In(language), TestStatus.Error, error)],
            }).ToList(),
        }).ToClassroomOutputs();
    }

    /// <summary>One runner's result; per-test scores are the equal split the reporter's table assumes.</summary>
    public static string RunnerJson(ExerciseResult exercise)
    {
        var perTest = Scoring.PerTest(exercise.MaxPoints, exercise.Tests.Count);
        var status = exercise.Status switch
        {
            ExerciseStatus.Passed => "pass",
            ExerciseStatus.Failed => "fail",
            _ => "error",
        };
        var result = new
        {
            version = 1,
            status,
            max_score = exercise.MaxPoints,
            tests = exercise.Tests.Select(t => new
            {
                name = t.Name,
                status = t.Status == TestStatus.Passed ? "pass" : t.Status == TestStatus.Failed ? "fail" : "error",
                score = t.Status == TestStatus.Passed ? Scoring.Round(perTest) : 0,
                message = FailureText.Shortened(t.Message),
                test_code = "",
                filename = "",
                line_no = 0,
                duration = (long)Math.Round(t.Milliseconds),
            }).ToList(),
        };
        return JsonSerializer.Serialize(result, JsonReport.Options);
    }
}
