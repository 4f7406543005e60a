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
                ? NotRun(spec, run, language, ExerciseStatus.CompileError, string.Join("\n", errors.Take(DiagnosticsShown)))
                : compiled.Refused.ByExercise.TryGetValue(spec.Id, out var uses)
                    ? NotRun(spec, run, language, ExerciseStatus.Forbidden, Refusal(uses, language))
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

    /// <summary>One line: the first refused use and where it is, and how many others there are.</summary>
    static string Refusal(IReadOnlyList<RefusedUse> uses, string language)
    {
        var first = uses[0];
        var line = Texts.Of(language, first.Kind == RefusalKind.Shortcut ? nameof(Strings.ForbiddenApi) : nameof(Strings.RefusedApi), first.Name, first.Where);
        return uses.Count == 1 ? line : line + Texts.Of(language, nameof(Strings.RefusedMore), uses.Count - 1);
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
            : run.Tests.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => t with { Message = FailureText.Bounded(t.Message) }).ToList();

        var status = run.Interruption?.Status
            ?? (tests.Count > 0 && tests.All(t => t.Status == TestStatus.Passed) ? ExerciseStatus.Passed : ExerciseStatus.Failed);
        var message = run.Interruption?.Reason
            ?? Summary(tests, language)
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

    /// <summary>
    /// What a failed exercise says first: the headline most of its failing tests share (a diagnosed
    /// mistake fails several tests the same way), how many share it, then that test's values, shortened.
    /// </summary>
    static string? Summary(IReadOnlyList<TestResult> tests, string language)
    {
        var failing = tests.Where(t => t.Status != TestStatus.Passed).ToList();
        if (failing.Count == 0) return null;
        var reason = failing.GroupBy(t => FailureText.Headline(t.Message)).OrderByDescending(g => g.Count()).First();
        var message = FailureText.Shortened(reason.First().Message);
        if (reason.Count() < 2) return message;
        var lines = message.Split('\n').ToList();
        lines.Insert(1, reason.Count() == tests.Count
            ? Texts.Of(language, nameof(Strings.SameReasonAll), tests.Count)
            : Texts.Of(language, nameof(Strings.SameReason), reason.Count(), tests.Count));
        return string.Join("\n", lines);
    }
}
