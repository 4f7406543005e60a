using System.Text;
using System.Text.Json;
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
