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
        var scores = ClassroomScores.For(report);
        foreach (var exercise in report.Exercises)
            lines.Append(exercise.Id).Append('=').AppendLine(Convert.ToBase64String(Encoding.UTF8.GetBytes(RunnerJson(exercise, scores[exercise.Id]))));
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

    /// <summary>
    /// The outputs of a grading that could not run at all, from assignment.json alone (the release
    /// writes them into the workflow for a grader that does not even build): 0 with the reason.
    /// </summary>
    public static string UngradedOutputs(AssignmentSpec assignment, string language, string reason) =>
        (GradeReport.Failed(reason, assignment.MaxScore) with { Language = language }).ToClassroomOutputs(assignment.Exercises);

    /// <summary>One runner's result, its tests scored by ClassroomScores (the reporter's table counts passed tests instead).</summary>
    public static string RunnerJson(ExerciseResult exercise, IReadOnlyList<double> scores)
    {
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
            tests = exercise.Tests.Select((t, i) => new
            {
                name = t.Name,
                status = t.Status == TestStatus.Passed ? "pass" : t.Status == TestStatus.Failed ? "fail" : "error",
                score = scores[i],
                // An exercise that did not run says why in its first test (the compiler's messages, the refused symbol…).
                message = FailureText.Shortened(exercise.Status is ExerciseStatus.Passed or ExerciseStatus.Failed || i > 0
                    ? t.Message : exercise.Message + "\n" + t.Message),
                test_code = "",
                filename = "",
                line_no = 0,
                duration = (long)Math.Round(t.Milliseconds),
            }).ToList(),
        };
        return JsonSerializer.Serialize(result, JsonReport.Options);
    }
}
