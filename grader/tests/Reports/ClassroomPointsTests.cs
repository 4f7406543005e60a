using System.Globalization;
using System.Text.Json;
using Attention.Grader.Assignment;
using Attention.Grader.Reports;
using Attention.Grader.Results;
using Attention.Grader.Tests.Support;
using TestResult = Attention.Grader.Results.TestResult;

namespace Attention.Grader.Tests.Reports;

/// <summary>
/// The reporter's Points line is grade.json's score, exactly, as the gradebook shows it: the reporter's
/// own arithmetic (ClassroomReporter) on the outputs the grader writes, for a perfect, a partial and a
/// compile-error grade, and for every number of passed tests in each exercise.
/// </summary>
public sealed class ClassroomPointsTests
{
    static readonly AssignmentSpec Assignment = AssignmentLoader.Load(KitPaths.Root);

    /// <summary>The suite's tests per exercise, as the golden all-passing grade lists them.</summary>
    static readonly IReadOnlyDictionary<string, int> TestCounts = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(KitPaths.GraderTests, "Golden", "all-passing", "expected", "grade.json")))
        .RootElement.GetProperty("exercises").EnumerateArray()
        .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("tests").GetArrayLength());

    static IEnumerable<string> Runners => Assignment.Exercises.Select(e => e.Id);

    [Theory]
    [InlineData(20.0, "20")]
    [InlineData(14.85, "14.85")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(20.019999999999992, "20.019999999999992")]
    [InlineData(1e21, "1e+21")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(-2.5, "-2.5")]
    public void Numbers_print_as_javascript_prints_them(double value, string javascript) =>
        ClassroomReporter.JavaScript(value).Should().Be(javascript);

    /// <summary>Why the scores are chosen: the old split (each test its share rounded to cents) misses 20 (the issue saw 20.01999999999999 with other test counts).</summary>
    [Fact]
    public void Equal_splits_rounded_to_cents_drift()
    {
        double points = 0;
        foreach (var exercise in Assignment.Exercises)
            for (var i = 0; i < TestCounts[exercise.Id]; i++)
                points += Math.Round(exercise.Points / TestCounts[exercise.Id], 2, MidpointRounding.AwayFromZero);
        ClassroomReporter.JavaScript(points).Should().NotBe("20", "cents rounded per test do not add up to the exercises' points");
    }

    [Fact]
    public void A_perfect_grade_shows_20_of_20() =>
        PointsLine(Grade(_ => int.MaxValue)).Should().Be("Points 20/20");

    [Fact]
    public void A_partial_grade_shows_its_score()
    {
        var passed = new Dictionary<string, int> { ["ex3"] = 5, ["ex5"] = 12, ["mask"] = 3 };
        var report = Grade(id => passed.GetValueOrDefault(id, int.MaxValue));
        // 11 points of full exercises + 3·5/n + 4·12/n + 2·3/n for the suite's n tests of each, each exercise rounded to cents.
        static double Cents(double points) => Math.Round(points, 2, MidpointRounding.AwayFromZero);
        var expected = Math.Round(11 + Cents(3.0 * 5 / TestCounts["ex3"]) + Cents(4.0 * 12 / TestCounts["ex5"]) + Cents(2.0 * 3 / TestCounts["mask"]), 2);
        report.Score.Should().Be(expected);
        PointsLine(report).Should().Be("Points " + expected.ToString(CultureInfo.InvariantCulture) + "/20");
    }

    [Fact]
    public void A_compile_error_grade_shows_its_score()
    {
        var report = JsonSerializer.Deserialize<GradeReport>(
            File.ReadAllText(Path.Combine(KitPaths.GraderTests, "Golden", "compile-error", "expected", "grade.json")), JsonReport.Options)!;
        report.Exercises.Should().Contain(e => e.Status == ExerciseStatus.CompileError);
        PointsLine(report).Should().Be("Points 15/20");
    }

    /// <summary>Every number of passed tests in each exercise, the others half passed: the Points line is always the score.</summary>
    [Fact]
    public void Every_partial_grade_lands_exactly()
    {
        foreach (var exercise in Assignment.Exercises)
            for (var passed = 0; passed <= TestCounts[exercise.Id]; passed++)
            {
                var report = Grade(id => id == exercise.Id ? passed : TestCounts[id] / 2);
                PointsLine(report).Should().Be($"Points {Number(report.Score)}/20", $"{exercise.Id} with {passed} tests passed");
            }
    }

    [Fact]
    public void Ungraded_outputs_give_every_runner_0_with_the_reason()
    {
        var outputs = ClassroomReport.UngradedOutputs(Assignment, "fr", "Pas de fichier.");
        ClassroomReporter.PointsLine(outputs, Runners).Should().Be("Points 0/20");
        var runner = ClassroomReporter.Runner(ClassroomReporter.Outputs(outputs), "ex6");
        runner.GetProperty("max_score").GetDouble().Should().Be(5);
        runner.GetProperty("tests")[0].GetProperty("message").GetString().Should().Be("Pas de fichier.");
    }

    static string PointsLine(GradeReport report) => ClassroomReporter.PointsLine(report.ToClassroomOutputs(), Runners);

    /// <summary>A grade where each exercise passed that many of its tests (capped at its count), scored as the grader scores.</summary>
    static GradeReport Grade(Func<string, int> passed)
    {
        var exercises = Assignment.Exercises.Select(spec =>
        {
            var count = TestCounts[spec.Id];
            var tests = Enumerable.Range(0, count)
                .Select(i => new TestResult($"T{i:00}", i < Math.Min(passed(spec.Id), count) ? TestStatus.Passed : TestStatus.Failed, "")).ToList();
            var status = tests.All(t => t.Status == TestStatus.Passed) ? ExerciseStatus.Passed : ExerciseStatus.Failed;
            return new ExerciseResult
            {
                Id = spec.Id, Title = spec.Id, MaxPoints = spec.Points, Status = status, Message = "", Tests = tests,
                Points = Scoring.Points(spec.Points, status, tests),
            };
        }).ToList();
        return new GradeReport { Score = Scoring.Total(exercises), MaxScore = Assignment.MaxScore, Exercises = exercises };
    }

    static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
