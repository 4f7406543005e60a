namespace Attention.Lab.Printing;

/// <summary>The handout's text bars: `"█" * int(weight * 30)` after each token and its weight.</summary>
internal static class Bars
{
    public const int FullWidth = 30;

    public static IEnumerable<string> Lines(IReadOnlyList<string> tokens, IReadOnlyList<double> weights) =>
        tokens.Select((token, i) => Line(token, weights[i]));

    public static string Line(string token, double weight) =>
        $"  {token,-10} {Formatting.Number(weight, 2)} {Bar(weight)}";

    /// <summary>As Python's int(): truncated, so 0.99 gives 29 blocks.</summary>
    public static string Bar(double weight) => new('█', Math.Max(0, (int)(weight * FullWidth)));
}
