using System.Globalization;
using System.Net;
using System.Text;
using Attention.Grader.Assignment;
using Attention.Grader.Localization;
using Attention.Grader.Results;

namespace Attention.Grader.Batch;

/// <summary>
/// REPORT/index.html, the class at a glance: a histogram of the grades and the success rate per
/// exercise (PNG, ScottPlot), the success rate per test, the most common failure messages, and the
/// submissions that could not be graded. Every piece of text from a submission is HTML-encoded.
/// </summary>
public static class ClassReport
{
    public const string FileName = "index.html";
    const string Style = "body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}td.n{text-align:right}";
    const string HistogramFile = "histogram.png", ExercisesFile = "exercises.png";

    /// <summary>The files this report writes at REPORT's top, beside the submissions' folders.</summary>
    public static readonly IReadOnlyList<string> OwnFiles = [FileName, HistogramFile, ExercisesFile];

    public static void Write(string folder, AssignmentSpec assignment, string language, IReadOnlyList<SubmissionOutcome> outcomes,
        Sandbox.Containment containment)
    {
        var graded = outcomes.Where(o => o.Report.Error is null).Select(o => o.Report).ToList();
        Histogram(graded, assignment.MaxScore, language).SavePng(Path.Combine(folder, HistogramFile), 800, 400);
        ExerciseRates(graded, assignment, language).SavePng(Path.Combine(folder, ExercisesFile), 800, 400);
        File.WriteAllText(Path.Combine(folder, FileName), Html(assignment, language, outcomes, graded, containment));
    }

    static string Html(AssignmentSpec assignment, string language, IReadOnlyList<SubmissionOutcome> outcomes, List<GradeReport> graded,
        Sandbox.Containment containment)
    {
        var title = Texts.Of(language, nameof(Strings.ClassTitle), assignment.Title.In(language));
        var scores = graded.Select(r => r.Score).Order().ToList();
        var html = new StringBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="{language}"><head><meta charset="utf-8"><title>{E(title)}</title>
            <style>{Style}</style>
            </head><body>
            <h1>{E(title)}</h1>
            <p>{E(Texts.Of(language, nameof(Strings.ClassSummary), outcomes.Count, graded.Count, Scoring.Format(scores.DefaultIfEmpty().Average()), Scoring.Format(assignment.MaxScore), Scoring.Format(Median(scores))))}</p>
            <p class="containment" data-level="{E(LevelName(containment.Level))}">{E(Texts.Of(language, nameof(Strings.ClassContainment), containment.Describe(language)))}</p>
            <h2>{E(Texts.Of(language, nameof(Strings.ClassHistogram)))}</h2>
            <img src="{HistogramFile}" alt="{E(Texts.Of(language, nameof(Strings.ClassHistogram)))}">
            <h2>{E(Texts.Of(language, nameof(Strings.ClassExerciseRates)))}</h2>
            <p>{E(Texts.Of(language, nameof(Strings.ClassExerciseRatesNote)))}</p>
            <img src="{ExercisesFile}" alt="{E(Texts.Of(language, nameof(Strings.ClassExerciseRates)))}">

            """);
        Table(html, Texts.Of(language, nameof(Strings.ClassTestRates)), null, [Texts.Of(language, nameof(Strings.Exercise)), Texts.Of(language, nameof(Strings.ClassTest)), Texts.Of(language, nameof(Strings.ClassRate))],
            TestRates(graded, assignment).Select(t => new[] { t.Exercise, t.Test, Percent(t.Rate) }));
        Table(html, Texts.Of(language, nameof(Strings.ClassFailures)), Texts.Of(language, nameof(Strings.ClassFailuresNote)), [Texts.Of(language, nameof(Strings.Message)), Texts.Of(language, nameof(Strings.ClassStudents))],
            CommonFailures(graded).Select(f => new[] { f.Message, f.Count.ToString(CultureInfo.InvariantCulture) }));
        Table(html, Texts.Of(language, nameof(Strings.ClassNotGraded)), null, [Texts.Of(language, nameof(Strings.ClassSubmission)), Texts.Of(language, nameof(Strings.ClassReason))],
            outcomes.Where(o => o.Report.Error is not null).Select(o => new[] { o.Name, o.Reason }));
        html.Append("</body></html>\n");
        return html.ToString();
    }

    static string LevelName(Sandbox.ContainmentLevel level) =>
        System.Text.Json.JsonSerializer.Serialize(level).Trim('"');

    /// <summary>Share of graded submissions passing each test, in the assignment's order of exercises.</summary>
    public static IEnumerable<(string Exercise, string Test, double Rate)> TestRates(List<GradeReport> graded, AssignmentSpec assignment) =>
        from spec in assignment.Exercises
        let results = graded.SelectMany(r => r.Exercises.Where(e => e.Id == spec.Id)).SelectMany(e => e.Tests).ToList()
        from test in results.Select(t => t.Name).Distinct().Order(StringComparer.Ordinal)
            // Over every graded submission: an exercise that did not even compile counts as failed, not as absent.
        select (spec.Id, test, Rate(results.Count(t => t.Name == test && t.Status == TestStatus.Passed), graded.Count));

    /// <summary>The 10 headlines met by most submissions (each submission counted once per headline): the mistakes, not their values.</summary>
    public static IEnumerable<(string Message, int Count)> CommonFailures(List<GradeReport> graded) =>
        graded.SelectMany(r => r.Exercises.SelectMany(Failures).Distinct())
            .GroupBy(m => m)
            .Select(g => (Message: g.Key, Count: g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Message, StringComparer.Ordinal)
            .Take(10);

    static IEnumerable<string> Failures(ExerciseResult exercise) =>
        exercise.Tests.Count == 0 || exercise.Status is not (ExerciseStatus.Passed or ExerciseStatus.Failed)
            ? exercise.Status == ExerciseStatus.Passed ? [] : [FailureText.Headline(exercise.Message)]
            : exercise.Tests.Where(t => t.Status != TestStatus.Passed).Select(t => FailureText.Headline(t.Message));

    static ScottPlot.Plot Histogram(List<GradeReport> graded, double maxScore, string language)
    {
        // One bar per point: [k, k+1), the top grade with the last bar.
        var bins = (int)Math.Ceiling(maxScore);
        var counts = new double[bins + 1];
        foreach (var score in graded.Select(r => r.Score)) counts[Math.Clamp((int)Math.Floor(score), 0, bins)]++;
        var plot = new ScottPlot.Plot();
        plot.Add.Bars(Enumerable.Range(0, bins + 1).Select(k => (double)k).ToArray(), counts);
        plot.Title(Texts.Of(language, nameof(Strings.ClassHistogram)));
        plot.XLabel(Texts.Of(language, nameof(Strings.Score)));
        plot.YLabel(Texts.Of(language, nameof(Strings.ClassCount)));
        plot.Axes.SetLimits(-0.6, bins + 0.6, 0, Math.Max(1, counts.Max()) * 1.1);
        return plot;
    }

    static ScottPlot.Plot ExerciseRates(List<GradeReport> graded, AssignmentSpec assignment, string language)
    {
        var ids = assignment.Exercises.Select(e => e.Id).ToArray();
        var rates = ids.Select(id => 100 * Rate(graded.Count(r => r.Exercises.Any(e => e.Id == id && e.Status == ExerciseStatus.Passed)), graded.Count)).ToArray();
        var positions = Enumerable.Range(0, ids.Length).Select(i => (double)i).ToArray();
        var plot = new ScottPlot.Plot();
        plot.Add.Bars(positions, rates);
        plot.Title(Texts.Of(language, nameof(Strings.ClassExerciseRates)));
        plot.YLabel(Texts.Of(language, nameof(Strings.ClassRate)) + " (%)");
        plot.Axes.Bottom.SetTicks(positions, ids);
        plot.Axes.SetLimits(-0.6, ids.Length - 0.4, 0, 105);
        return plot;
    }

    static void Table(StringBuilder html, string heading, string? note, string[] header, IEnumerable<string[]> rows)
    {
        html.Append($"<h2>{E(heading)}</h2>\n");
        if (note is not null) html.Append($"<p>{E(note)}</p>\n");
        html.Append("<table>\n<tr>").AppendJoin("", header.Select(h => $"<th>{E(h)}</th>")).Append("</tr>\n");
        foreach (var row in rows)
            html.Append("<tr>").AppendJoin("", row.Select((cell, i) => i == row.Length - 1 && IsNumber(cell)
                ? $"<td class=\"n\">{E(cell)}</td>" : $"<td>{E(cell)}</td>")).Append("</tr>\n");
        html.Append("</table>\n");
    }

    static bool IsNumber(string cell) => double.TryParse(cell.TrimEnd('%', ' '), NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    static double Rate(int count, int of) => of == 0 ? 0 : (double)count / of;

    static double Median(List<double> sorted) =>
        sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

    static string Percent(double rate) => (100 * rate).ToString("0", CultureInfo.InvariantCulture) + " %";

    static string E(string text) => WebUtility.HtmlEncode(text);
}
