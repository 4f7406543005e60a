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
    /// The outputs of a grading that could not run: every exercise 0, its one test carrying the reason,
    /// so that the reporter still gives a Points line (0/20) and says why.
    /// </summary>
    public static string UngradedOutputs(AssignmentSpec assignment, string language, string reason) =>
        new GradeReport
        {
            Score = 0,
            MaxScore = assignment.MaxScore,
            Exercises = assignment.Exercises.Select(e => new ExerciseResult
            {
                Id = e.Id,
                Title = e.Title.In(language),
                Points = 0,
                MaxPoints = e.Points,
                Status = ExerciseStatus.Crashed,
                Message = reason,
                Tests = [new TestResult(e.Title.In(language), TestStatus.Error, reason)],
            }).ToList(),
        }.ToClassroomOutputs();

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
                message = t.Message,
                test_code = "",
                filename = "",
                line_no = 0,
                duration = (long)Math.Round(t.Milliseconds),
            }).ToList(),
        };
        return JsonSerializer.Serialize(result, JsonReport.Options);
    }
}
