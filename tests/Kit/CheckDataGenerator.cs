using System.Text.Json;
using System.Text.RegularExpressions;
using Attention.Tests.Support.Checks;

namespace Attention.Tests.Kit;

/// <summary>
/// Kit only: writes tests/Checks/&lt;exercise&gt;.json from the reference and the mistake catalogue — each
/// case's inputs, the reference's outputs, and for each mistake what it gives instead (or throws).
/// </summary>
public static partial class CheckDataGenerator
{
    public static IEnumerable<string> Exercises => Cases.All.Select(c => c.Exercise).Distinct();

    public static string Text(string exercise)
    {
        using var scope = NewDisposeScope();
        var file = new CheckFile(exercise, Cases.All.Where(c => c.Exercise == exercise).Select(Build).ToArray());
        var json = JsonSerializer.Serialize(file, CheckFile.Json);
        // One line per list of numbers: the file stays readable.
        return NumberList().Replace(json, m => "[" + Regex.Replace(m.Groups[1].Value, @"\s+", "") .Replace(",", ", ") + "]") + "\n";
    }

    [GeneratedRegex(@"\[\s*((?:[-0-9.eE+]+|""-?(?:NaN|Infinity)"")(?:\s*,\s*(?:[-0-9.eE+]+|""-?(?:NaN|Infinity)""))*)\s*\]")]
    private static partial Regex NumberList();

    static CaseData Build(Cases.Spec spec)
    {
        var inputs = spec.Inputs();
        var all = new Dictionary<string, Tensor>(inputs);
        if (spec.Random is { } random)
        {
            manual_seed(random.Seed);
            foreach (var drawn in random.Tensors) all[drawn.Name] = randn(drawn.Shape);
        }
        var expected = CaseRunner.Run(spec.Call, MistakeCatalogue.Reference, all).ToDictionary(o => o.Key, o => TensorData.From(o.Value));
        var mistakes = new Dictionary<string, MistakeOutcome>();
        foreach (var (id, variant) in MistakeCatalogue.Entries)
        {
            var outcome = Outcome(spec.Call, variant, all, expected);
            if (outcome is null) continue;
            // Two mistakes that give the same on this case are one entry "a|b": the suite names both, as either.
            var same = mistakes.FirstOrDefault(seen => SameOutcome(seen.Value, outcome)).Key;
            if (same is null) mistakes[id] = outcome;
            else { mistakes.Remove(same); mistakes[same + "|" + id] = outcome; }
        }
        return new(spec.Id, spec.Call, inputs.ToDictionary(i => i.Key, i => TensorData.From(i.Value)), spec.Random, expected, mistakes);
    }

    /// <summary>What the mistake gives that differs from the reference, its error, or null when it gives the same.</summary>
    static MistakeOutcome? Outcome(CallKind call, Variant variant, Dictionary<string, Tensor> inputs, Dictionary<string, TensorData> expected)
    {
        try
        {
            var outputs = CaseRunner.Run(call, variant, inputs);
            var differing = outputs.Where(o => !Diagnosis.Same(o.Value, expected[o.Key])).ToDictionary(o => o.Key, o => TensorData.From(o.Value));
            return differing.Count == 0 ? null : new MistakeOutcome(Outputs: differing);
        }
        catch (MatmulShapeError e) { return new MistakeOutcome(Error: new ErrorData(ErrorKind.MatmulShapes, [e.Left, e.Right])); }
        catch (Exception e) { return new MistakeOutcome(Error: new ErrorData(StudentError.From(e).Kind)); }
    }

    static bool SameOutcome(MistakeOutcome a, MistakeOutcome b) =>
        JsonSerializer.Serialize(a, CheckFile.Json) == JsonSerializer.Serialize(b, CheckFile.Json);
}
