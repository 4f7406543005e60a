using Attention.Grader.Results;

namespace Attention.Grader.Reports;

/// <summary>
/// The per-test scores of the Classroom outputs, chosen so that the reporter's Points line is the
/// grade exactly. classroom-resources/autograding-grading-reporter@v1 adds every tests[].score as a
/// JavaScript number (an IEEE double), runner by runner in the order of its `runners` input, and
/// prints the total as JavaScript prints numbers: 0.67 + 0.67 + 0.66 there is 1.9999999999999998, not 2.
/// Here each passed test gets its share of the exercise's points in cents; where the double sum
/// would drift from the exact running total, that test's score is the double that lands on it.
/// </summary>
public static class ClassroomScores
{
    /// <summary>Exercise id → its tests' scores, in the order of report.Exercises and of each one's Tests.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<double>> For(GradeReport report)
    {
        var scores = new Dictionary<string, IReadOnlyList<double>>();
        decimal exact = 0;  // the running total as grade.json has it (cents)
        double sum = 0;     // the same total as the reporter adds it up
        foreach (var exercise in report.Exercises)
        {
            var shares = new Queue<decimal>(Shares((decimal)exercise.Points, exercise.Tests.Count(Earns)));
            var tests = new List<double>();
            foreach (var test in exercise.Tests)
            {
                if (!Earns(test) || shares.Count == 0)
                {
                    tests.Add(0);
                    continue;
                }
                var share = shares.Dequeue();
                exact += share;
                var score = Landing(sum, (double)share, (double)exact);
                tests.Add(score);
                sum += score;
            }
            scores[exercise.Id] = tests;
        }
        return scores;
    }

    static bool Earns(TestResult test) => test.Status == TestStatus.Passed;

    /// <summary><paramref name="points"/> split among <paramref name="count"/> tests in whole cents, the first ones taking the odd cents.</summary>
    static IEnumerable<decimal> Shares(decimal points, int count)
    {
        if (count == 0 || points <= 0) yield break;
        var cents = (long)Math.Round(points * 100);
        for (var i = 0; i < count; i++)
            yield return (cents / count + (i < cents % count ? 1 : 0)) / 100m;
    }

    /// <summary>A score s with sum + s == target in doubles: the share itself when it lands, else the double next to it that does.</summary>
    static double Landing(double sum, double share, double target)
    {
        if (sum + share == target) return share;
        var score = target - sum;
        for (var step = 0; step < 64 && sum + score != target; step++)
            score = sum + score < target ? Math.BitIncrement(score) : Math.BitDecrement(score);
        return sum + score == target ? score : throw new InvalidOperationException($"No double lands {sum} on {target}.");
    }
}
