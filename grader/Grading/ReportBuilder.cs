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
        IReadOnlyDictionary<string, IReadOnlyList<string>> forbidden,
        IReadOnlyDictionary<string, ExerciseRun> runs)
    {
        var exercises = assignment.Exercises.Select(spec =>
        {
            var run = runs[spec.Id];
            var result = compiled.ErrorsByFile.TryGetValue(spec.File, out var errors)
                ? NotRun(spec, run, language, ExerciseStatus.CompileError, string.Join("\n", errors.Take(DiagnosticsShown)))
                : forbidden.TryGetValue(spec.Id, out var apis)
                    ? NotRun(spec, run, language, ExerciseStatus.Forbidden, Texts.Of(language, nameof(Strings.ForbiddenApi), string.Join(", ", apis)))
                    : Ran(spec, run, language);
            return result with { Title = spec.Title.In(language), Output = OutputText(run.Output, language) };
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

    static ExerciseResult NotRun(ExerciseSpec spec, ExerciseRun run, string language, ExerciseStatus status, string message) => new()
    {
        Id = spec.Id,
        Title = "",
        Points = 0,
        MaxPoints = spec.Points,
        Status = status,
        Message = message,
        Tests = run.Listed.Order(StringComparer.Ordinal)
            .Select(name => new TestResult(name, TestStatus.Error, Texts.NotRunBecause(language, status))).ToList(),
    };

    static ExerciseResult Ran(ExerciseSpec spec, ExerciseRun run, string language)
    {
        // An interrupted run scores 0, and which of its tests had finished depends on xunit's order,
        // which varies between builds: every test then carries the reason, so the report is stable.
        var tests = run.Interruption is { } interruption && run.Listed.Count > 0
            ? run.Listed.Order(StringComparer.Ordinal).Select(name => new TestResult(name, TestStatus.Error, interruption.Reason)).ToList()
            : run.Tests.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();

        var status = run.Interruption?.Status
            ?? (tests.Count > 0 && tests.All(t => t.Status == TestStatus.Passed) ? ExerciseStatus.Passed : ExerciseStatus.Failed);
        var message = run.Interruption?.Reason
            ?? tests.FirstOrDefault(t => t.Status != TestStatus.Passed)?.Message
            ?? Texts.Of(language, tests.Count == 0 ? nameof(Strings.NoTests) : nameof(Strings.AllTestsPassed));
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

    /// <summary>What the exercise printed, with a last line saying how much was dropped past the limit.</summary>
    static string? OutputText(CapturedOutput output, string language) =>
        output.IsEmpty ? null
        : output.Dropped == 0 ? output.Kept
        : output.Kept + Texts.Of(language, nameof(Strings.OutputTruncated), output.Dropped) + "\n";
}
