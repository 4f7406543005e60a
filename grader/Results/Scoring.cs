using System.Globalization;

namespace Attention.Grader.Results;

/// <summary>Points: an exercise's points are split equally among its tests; 2 decimals.</summary>
public static class Scoring
{
    public static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>Points earned: only a run that went to its end earns anything.</summary>
    public static double Points(double maxPoints, ExerciseStatus status, IReadOnlyList<TestResult> tests)
    {
        if (status is not (ExerciseStatus.Passed or ExerciseStatus.Failed) || tests.Count == 0) return 0;
        return Round(maxPoints * tests.Count(t => t.Status == TestStatus.Passed) / tests.Count);
    }

    public static double PerTest(double maxPoints, int tests) => tests == 0 ? 0 : maxPoints / tests;

    /// <summary>Points as every report writes them: at most 2 decimals, a dot, whatever the culture (2, 1.5, 0.67).</summary>
    public static string Format(double points) => points.ToString("0.##", CultureInfo.InvariantCulture);

    public static double Total(IEnumerable<ExerciseResult> exercises) => Round(exercises.Sum(e => e.Points));
}
