using System.Text.Json;
using Attention.Grader.Results;

namespace Attention.Grader.Reports;

/// <summary>Gradescope's results.json: one Gradescope test per exercise, visible to the student.</summary>
public static class GradescopeReport
{
    public static string ToGradescopeJson(this GradeReport report)
    {
        var results = new
        {
            score = report.Score,
            output = report.Error,
            tests = report.Exercises.Select(e => new
            {
                name = e.Title,
                score = e.Points,
                max_score = e.MaxPoints,
                status = e.Status == ExerciseStatus.Passed ? "passed" : "failed",
                output = string.Join("\n", new[] { e.Message }.Concat(
                    e.Tests.Where(t => t.Status != TestStatus.Passed).Select(t => $"✗ {t.Name} — {FailureText.Shortened(t.Message)}"))),
                visibility = "visible",
            }).ToList(),
        };
        return JsonSerializer.Serialize(results, JsonReport.Options) + "\n";
    }
}
