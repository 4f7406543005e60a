using System.Globalization;
using System.Text.Json;

namespace Attention.Tests.Support.Checks;

/// <summary>
/// How the suite reads tests/Checks/*.json: with System.Text.Json's document, not its serializer, whose
/// metadata (generic over the enums, bool, int…) no ReadyToRun image holds and every grading's child
/// JIT-compiled anew. The kit writes the files with the serializer and <see cref="CheckFile.Json"/>;
/// CheckDataTests proves that this reader gives back exactly what the serializer reads.
/// </summary>
public static class CheckJson
{
    public static CheckFile Read(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var file = document.RootElement;
        return new CheckFile(Text(file, "exercise"), Array(file.GetProperty("cases"), Case));
    }

    static CaseData Case(JsonElement json) => new(
        Text(json, "id"),
        Enum.Parse<CallKind>(Text(json, "call")),
        Tensors(json.GetProperty("inputs")),
        Optional(json, "random") is { } random
            ? new RandomInputs(random.GetProperty("seed").GetInt32(),
                Array(random.GetProperty("tensors"), t => new RandomInput(Text(t, "name"), Longs(t.GetProperty("shape")))))
            : null,
        Tensors(json.GetProperty("expected")),
        Map(json.GetProperty("mistakes"), Outcome));

    static MistakeOutcome Outcome(JsonElement json) => new(
        Optional(json, "outputs") is { } outputs ? Tensors(outputs) : null,
        Optional(json, "error") is { } error
            ? new ErrorData(Enum.Parse<ErrorKind>(Text(error, "kind")), Optional(error, "shapes") is { } shapes ? Array(shapes, Longs) : null)
            : null);

    static Dictionary<string, TensorData> Tensors(JsonElement json) => Map(json, Tensor);

    static TensorData Tensor(JsonElement json) => new(
        Longs(json.GetProperty("shape")),
        Array(json.GetProperty("values"), Float),
        Optional(json, "boolean")?.GetBoolean() ?? false);

    /// <summary>A number, or "NaN", "Infinity", "-Infinity" (AllowNamedFloatingPointLiterals, as the kit writes them).</summary>
    static float Float(JsonElement json) =>
        json.ValueKind == JsonValueKind.String ? float.Parse(json.GetString()!, CultureInfo.InvariantCulture) : json.GetSingle();

    static long[] Longs(JsonElement json) => Array(json, n => n.GetInt64());

    static T[] Array<T>(JsonElement json, Func<JsonElement, T> item)
    {
        var items = new T[json.GetArrayLength()];
        var i = 0;
        foreach (var element in json.EnumerateArray()) items[i++] = item(element);
        return items;
    }

    static Dictionary<string, T> Map<T>(JsonElement json, Func<JsonElement, T> value)
    {
        var map = new Dictionary<string, T>();
        foreach (var property in json.EnumerateObject()) map[property.Name] = value(property.Value);
        return map;
    }

    static JsonElement? Optional(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    static string Text(JsonElement json, string name) =>
        json.GetProperty(name).GetString() ?? throw new JsonException($"\"{name}\" is null in the check data.");
}
