using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Attention.Grader.Tests.Support;

/// <summary>
/// The arithmetic of classroom-resources/autograding-grading-reporter@v1 (its dist/main.js, tag v1):
/// for each runner in the order of its `runners` input, every tests[].score added to a JavaScript
/// number (an IEEE double, from 0), max_score likewise, printed as "Points X/Y" with JavaScript's
/// number-to-string. Reads the outputs as the grading step leaves them in $GITHUB_OUTPUT.
/// </summary>
public static class ClassroomReporter
{
    public static string PointsLine(string githubOutput, IEnumerable<string> runners)
    {
        var outputs = Outputs(githubOutput);
        double points = 0, max = 0;
        foreach (var runner in runners)
        {
            var result = Runner(outputs, runner);
            max += result.GetProperty("max_score").GetDouble();
            foreach (var test in result.GetProperty("tests").EnumerateArray())
                points += test.GetProperty("score").GetDouble();
        }
        return $"Points {JavaScript(points)}/{JavaScript(max)}";
    }

    /// <summary>One runner's result, decoded from its base64 output.</summary>
    public static JsonElement Runner(IReadOnlyDictionary<string, string> outputs, string runner) =>
        JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(outputs[runner]))).RootElement;

    /// <summary>The name=value lines of a $GITHUB_OUTPUT file (the last value of a name wins, as in Actions).</summary>
    public static IReadOnlyDictionary<string, string> Outputs(string githubOutput) =>
        githubOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.Contains('='))
            .GroupBy(line => line[..line.IndexOf('=')])
            .ToDictionary(g => g.Key, g => g.Last()[(g.Key.Length + 1)..]);

    /// <summary>
    /// ECMAScript's Number::toString: the shortest digits that read back as the same double, written
    /// plainly from 1e-7 up to 1e21 (what .NET's "R" gives as digits; only the layout differs).
    /// </summary>
    public static string JavaScript(double value)
    {
        if (value == 0) return "0";
        if (value < 0) return "-" + JavaScript(-value);
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        // Digits and decimal exponent n (value = 0.d1d2…dk × 10^n), from the shortest round-trip form.
        var mantissa = shortest.Split('E')[0];
        var exponent = shortest.Contains('E') ? int.Parse(shortest.Split('E')[1], CultureInfo.InvariantCulture) : 0;
        var point = mantissa.IndexOf('.');
        var digits = mantissa.Replace(".", "");
        var n = (point < 0 ? mantissa.Length : point) + exponent;
        var leading = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        n -= leading;
        var k = digits.Length;
        if (k <= n && n <= 21) return digits + new string('0', n - k);
        if (0 < n && n <= 21) return digits[..n] + "." + digits[n..];
        if (-6 < n && n <= 0) return "0." + new string('0', -n) + digits;
        var e = n - 1;
        return (k == 1 ? digits : digits[0] + "." + digits[1..]) + "e" + (e < 0 ? "-" : "+") + Math.Abs(e);
    }
}
