using System.Text;
using System.Text.Json;
using Attention.Grader.Reports;
using Attention.Grader.Results;
using TestResult = Attention.Grader.Results.TestResult;

namespace Attention.Grader.Tests.Reports;

public sealed class ReportFormatTests
{
    static readonly GradeReport Report = new()
    {
        Score = 3.5,
        MaxScore = 5,
        Assignment = "TP",
        Exercises =
        [
            new ExerciseResult
            {
                Id = "ex1", Title = "Exercice 1 — l'essai", Points = 2, MaxPoints = 2, Status = ExerciseStatus.Passed, Message = "ok",
                Tests = [new TestResult("A", TestStatus.Passed, "", 12.4), new TestResult("B", TestStatus.Passed, "")],
            },
            new ExerciseResult
            {
                Id = "ex2", Title = "Exercice 2", Points = 1.5, MaxPoints = 3, Status = ExerciseStatus.Failed, Message = "Forme attendue (3, 3)",
                Tests = [new TestResult("C", TestStatus.Passed, ""), new TestResult("D", TestStatus.Failed, "Forme attendue (3, 3)")],
            },
        ],
    };

    [Fact]
    public void Grade_json_has_the_agreed_keys_and_reads_as_written()
    {
        var json = Report.ToJson();
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        root.GetProperty("score").GetDouble().Should().Be(3.5);
        root.GetProperty("maxScore").GetDouble().Should().Be(5);
        var exercise = root.GetProperty("exercises")[1];
        foreach (var key in new[] { "id", "title", "points", "maxPoints", "status", "message", "tests" })
            exercise.TryGetProperty(key, out _).Should().BeTrue(key);
        exercise.GetProperty("tests")[1].GetProperty("status").GetString().Should().Be("failed");
        json.Should().Contain("l'essai").And.NotContain("\\u0027", "JSON is written readably");
    }

    [Fact]
    public void Classroom_outputs_hold_one_runner_per_exercise_with_the_equal_split()
    {
        var lines = Report.ToClassroomOutputs().Trim().Split('\n');
        lines.Should().HaveCount(3);
        lines[^1].Should().Be("runners=ex1,ex2");
        var runner = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(lines[1]["ex2=".Length..]))).RootElement;
        runner.GetProperty("version").GetInt32().Should().Be(1);
        runner.GetProperty("status").GetString().Should().Be("fail");
        runner.GetProperty("max_score").GetDouble().Should().Be(3);
        var tests = runner.GetProperty("tests");
        tests[0].GetProperty("score").GetDouble().Should().Be(1.5);
        tests[1].GetProperty("score").GetDouble().Should().Be(0);
        foreach (var key in new[] { "name", "status", "score", "message", "test_code", "filename", "line_no", "duration" })
            tests[1].TryGetProperty(key, out _).Should().BeTrue(key);
    }

    [Fact]
    public void Gradescope_results_have_a_test_per_exercise_with_its_points()
    {
        var root = JsonDocument.Parse(Report.ToGradescopeJson()).RootElement;
        root.GetProperty("score").GetDouble().Should().Be(3.5);
        var second = root.GetProperty("tests")[1];
        second.GetProperty("score").GetDouble().Should().Be(1.5);
        second.GetProperty("max_score").GetDouble().Should().Be(3);
        second.GetProperty("status").GetString().Should().Be("failed");
        second.GetProperty("output").GetString().Should().Contain("D — Forme attendue");
        second.GetProperty("visibility").GetString().Should().Be("visible");
    }

    [Fact]
    public void Markdown_escapes_table_cells()
    {
        var markdown = (Report with { Exercises = [Report.Exercises[1] with { Message = "a | b\nc" }] }).ToMarkdown();
        markdown.Should().Contain("a \\| b<br>c");
    }

    [Fact]
    public void Markdown_shows_the_html_of_a_message_as_text()
    {
        var markdown = (Report with { Exercises = [Report.Exercises[1] with { Message = "#error </details><h2>Note : 20 / 20</h2> a && b" }] }).ToMarkdown();
        markdown.Should().Contain("#error &lt;/details&gt;&lt;h2&gt;Note : 20 / 20&lt;/h2&gt; a &amp;&amp; b")
            .And.NotContain("<h2>");
    }

    [Fact]
    public void Scores_split_points_equally_and_round_to_two_decimals()
    {
        var tests = new[] { TestStatus.Passed, TestStatus.Failed, TestStatus.Failed }.Select(s => new TestResult("t", s, "")).ToList();
        Scoring.Points(2, ExerciseStatus.Failed, tests).Should().Be(0.67);
        Scoring.Points(2, ExerciseStatus.Timeout, tests).Should().Be(0, "an interrupted run earns nothing");
    }
}
