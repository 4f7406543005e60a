namespace Attention.Tests.Support.Checks;

/// <summary>
/// Names the mistake behind a failure: the student's outputs (or error) are compared with what each
/// catalogued mistake gives on the same case. A mistake is named only when everything the student's
/// code gave is what that mistake gives; otherwise nothing is named.
/// </summary>
public static class Diagnosis
{
    /// <summary>Close enough to be the same computation (float32 arithmetic done another way).</summary>
    const double Absolute = 1e-4, Relative = 1e-3;

    /// <summary>The ids of the mistakes whose outputs on <paramref name="data"/> are <paramref name="actual"/>.</summary>
    public static IReadOnlyList<string> Of(CaseData data, IReadOnlyDictionary<string, Tensor?> actual) =>
        data.Mistakes.Where(m => m.Value.Outputs is not null && Gives(data.Expected, m.Value.Outputs, actual))
            .Select(m => m.Key).ToList();

    /// <summary>The ids of the mistakes that throw <paramref name="error"/> on <paramref name="data"/>.</summary>
    public static IReadOnlyList<string> Of(CaseData data, StudentError error) =>
        // Two mistakes that raise the same error are not named: the error's own explanation says what to fix.
        data.Mistakes.Where(m => m.Value.Error is { } e && error.Is(e) && !m.Key.Contains('|')).Select(m => m.Key).ToList();

    /// <summary>The headline naming <paramref name="mistakes"/>, or null when there is none to name.</summary>
    /// <summary>The headline naming the one mistake that fits, or null when none (or several: an error two mistakes raise alike) does.</summary>
    /// <remarks>An entry "a|b" is two mistakes that give the same on this case: both are named, as either one.</remarks>
    public static string? Headline(IReadOnlyList<string> mistakes)
    {
        if (mistakes.Count != 1) return null;
        var ids = mistakes[0].Split('|');
        return ids.Length == 1 ? Catalogue.Text(ids[0]) : Feedback.Text(nameof(Messages.EitherMistake), string.Join(" — ", ids.Select(Catalogue.Text)));
    }

    static bool Gives(Dictionary<string, TensorData> expected, Dictionary<string, TensorData> mistake, IReadOnlyDictionary<string, Tensor?> actual) =>
        expected.Keys.Union(mistake.Keys).All(name =>
            actual.TryGetValue(name, out var tensor) && tensor is not null
            && Same(tensor, mistake.TryGetValue(name, out var m) ? m : expected[name]));

    public static bool Same(Tensor actual, TensorData wanted)
    {
        if (!actual.shape.SequenceEqual(wanted.Shape)) return false;
        using var scope = NewDisposeScope();
        var a = actual.detach().cpu().to_type(ScalarType.Float64);
        var w = wanted.ToTensor().to_type(ScalarType.Float64);
        return a.allclose(w, Relative, Absolute, equal_nan: true);
    }
}

/// <summary>
/// The catalogue's texts (Mistakes.resx, French; Mistakes.en.resx, English), one per mistake id. The id
/// comes from the check data (tests/Checks/*.json), so it cannot be a nameof: the kit's CheckDataTests
/// prove that every id the data holds has its text in both languages.
/// </summary>
public static class Catalogue
{
    public static string Text(string id) =>
        Mistakes.ResourceManager.GetString(id, Feedback.Culture) ?? throw new ArgumentException($"no mistake text {id}", nameof(id));
}
