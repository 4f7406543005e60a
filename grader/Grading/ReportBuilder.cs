using Attention.AllowList;
using Attention.Grader.Assignment;
using Attention.Grader.Compilation;
using Attention.Grader.Execution;
using Attention.Grader.Localization;
using Attention.Grader.Results;

namespace Attention.Grader.Grading;

/// <summary>Turns what happened to each exercise into its status, points and message.</summary>
public static class ReportBuilder
{
    const int DiagnosticsShown = 5;

    public static GradeReport Build(
        AssignmentSpec assignment,
        string language,
        CompiledSubmission compiled,
        IReadOnlyDictionary<string, ExerciseRun> runs)
    {
        var exercises = assignment.Exercises.Select(spec =>
        {
            var run = runs[spec.Id];
            var result = compiled.ErrorsByFile.TryGetValue(spec.File, out var errors)
                ? NotRun(spec, run, ExerciseStatus.CompileError, string.Join("\n", errors.Take(DiagnosticsShown)))
                : compiled.Refused.ByExercise.TryGetValue(spec.Id, out var uses)
                    ? NotRun(spec, run, ExerciseStatus.Forbidden, Refusal(uses))
                    : Ran(spec, run);
            return result with { Title = spec.Title.In(language), Output = run.Output.Text };
        }).ToList();

        return new GradeReport
        {
            Score = Scoring.Total(exercises),
            MaxScore = assignment.MaxScore,
            Exercises = exercises,
            Assignment = assignment.Title.In(language),
            Language = language,
        };
    }

    /// <summary>One line: the first refused use and where it is, and how many others there are.</summary>
    static string Refusal(IReadOnlyList<RefusedUse> uses)
    {
        var first = uses[0];
        var line = Strings.Text(first.Kind == RefusalKind.Shortcut ? "ForbiddenApi" : "RefusedApi", first.Name, first.Where);
        return uses.Count == 1 ? line : line + Strings.Text("RefusedMore", uses.Count - 1);
    }

    static ExerciseResult NotRun(ExerciseSpec spec, ExerciseRun run, string status, string message) => new()
    {
        Id = spec.Id,
        Title = "",
        Points = 0,
        MaxPoints = spec.Points,
        Status = status,
        Message = message,
        Tests = run.Listed.Order(StringComparer.Ordinal)
            .Select(name => new TestResult(name, TestStatus.Error, Strings.Text("NotRunBecause." + status))).ToList(),
    };

    static ExerciseResult Ran(ExerciseSpec spec, ExerciseRun run)
    {
        // An interrupted run scores 0, and which of its tests had finished depends on xunit's order,
        // which varies between builds: every test then carries the reason, so the report is stable.
        var tests = run.Interruption is not null && run.Listed.Count > 0
            ? run.Listed.Order(StringComparer.Ordinal).Select(name => new TestResult(name, TestStatus.Error, run.InterruptionReason!)).ToList()
            : run.Tests.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();

        var status = run.Interruption
            ?? (tests.Count > 0 && tests.All(t => t.Status == TestStatus.Passed) ? ExerciseStatus.Passed : ExerciseStatus.Failed);
        var message = run.InterruptionReason
            ?? tests.FirstOrDefault(t => t.Status != TestStatus.Passed)?.Message
            ?? (tests.Count == 0 ? Strings.Text("NoTests") : Strings.Text("AllTestsPassed"));
        return new ExerciseResult
        {
            Id = spec.Id,
            Title = "",
            MaxPoints = spec.Points,
            Status = status,
            Message = message,
            Tests = tests,
            Points = Scoring.Points(spec.Points, status, tests),
        };
    }
}
