using System.Text.Json;
using System.Text.Json.Serialization;

namespace Attention.Lab.Tests.RealModel.UseLite;

/// <summary>What the real TF.js graph gave for a sentence (reference/use-lite-reference.json, written by reference/generate.mjs).</summary>
public sealed record UseLiteReference(
    [property: JsonPropertyName("sentence")] string Sentence,
    [property: JsonPropertyName("ids")] int[] Ids,
    [property: JsonPropertyName("pieces")] string[] Pieces,
    [property: JsonPropertyName("attention")] float[][][][] Attention)
{
    public static IReadOnlyList<UseLiteReference> All { get; } = Read();

    public static TheoryData<string> Sentences => [.. All.Select(r => r.Sentence)];

    public static UseLiteReference For(string sentence) => All.Single(r => r.Sentence == sentence);

    static UseLiteReference[] Read()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "RealModel", "UseLite", "reference", "use-lite-reference.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.GetProperty("sentences").Deserialize<UseLiteReference[]>()!;
    }

    public override string ToString() => Sentence;
}
