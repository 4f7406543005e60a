using System.Text;
using System.Text.Json;

namespace Attention.Grader.Protocol;

/// <summary>
/// The protocol's JSON, written and read with System.Text.Json's writer and document, not its
/// serializer: the serializer's metadata is generic over every property type (the enums, bool,
/// double? …), code that no ReadyToRun image holds, so every child JIT-compiled about 300 methods of
/// it before its first test (scripts/benchmark-batch). Enum values travel as their lower-case names.
/// </summary>
public static class ProtocolJson
{
    public static string Write(ChildJob job) => Json(writer =>
    {
        writer.WriteString("suiteAssembly", job.SuiteAssembly);
        writer.WriteString("studentAssembly", job.StudentAssembly);
        writer.WriteString("implementationAssembly", job.ImplementationAssembly);
        writer.WriteString("channel", job.Channel);
        writer.WriteString("outputMarker", job.OutputMarker);
        writer.WriteString("language", job.Language);
        writer.WriteBoolean("listAll", job.ListAll);
        WriteExercises(writer, "exercises", job.Exercises);
        WriteExercises(writer, "toRun", job.ToRun);
    });

    /// <summary>The job the grader wrote; a line that is not one throws (the child then fails to start, and says so).</summary>
    public static ChildJob ReadJob(string json)
    {
        using var document = JsonDocument.Parse(json);
        var job = document.RootElement;
        return new ChildJob(
            Text(job, "suiteAssembly"), Text(job, "studentAssembly"), Text(job, "implementationAssembly"),
            Text(job, "channel"), Text(job, "outputMarker"), Text(job, "language"),
            job.GetProperty("listAll").GetBoolean(),
            ReadExercises(job, "exercises"), ReadExercises(job, "toRun"));
    }

    public static string Write(ChildMessage message) => Json(writer =>
    {
        writer.WriteString("kind", Name(message.Kind));
        if (message.Exercise is { } exercise) writer.WriteString("exercise", exercise);
        if (message.Test is { } test) writer.WriteString("test", test);
        if (message.Status is { } status) writer.WriteString("status", Name(status));
        if (message.Message is { } text) writer.WriteString("message", text);
        if (message.Milliseconds is { } milliseconds) writer.WriteNumber("milliseconds", milliseconds);
    });

    /// <summary>The message a line holds, or null when it holds none (not JSON, an unknown kind or status, a field of the wrong type).</summary>
    public static ChildMessage? ReadMessage(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var message = document.RootElement;
            if (message.ValueKind != JsonValueKind.Object || Parse<ChildMessageKind>(OptionalText(message, "kind")) is not { } kind) return null;
            var status = OptionalText(message, "status");
            var parsedStatus = Parse<Results.TestStatus>(status);
            if (status is not null && parsedStatus is null) return null;
            return new ChildMessage(kind, OptionalText(message, "exercise"), OptionalText(message, "test"), parsedStatus,
                OptionalText(message, "message"),
                message.TryGetProperty("milliseconds", out var milliseconds) ? milliseconds.GetDouble() : null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException) { return null; }
    }

    static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    static void WriteExercises(Utf8JsonWriter writer, string name, IReadOnlyList<ChildExercise> exercises)
    {
        writer.WriteStartArray(name);
        foreach (var exercise in exercises)
        {
            writer.WriteStartObject();
            writer.WriteString("id", exercise.Id);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    static List<ChildExercise> ReadExercises(JsonElement job, string name)
    {
        var exercises = new List<ChildExercise>();
        foreach (var exercise in job.GetProperty(name).EnumerateArray()) exercises.Add(new ChildExercise(Text(exercise, "id")));
        return exercises;
    }

    static string Text(JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new JsonException($"\"{name}\" is null");

    static string? OptionalText(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetString() : null;

    static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    static T? Parse<T>(string? name) where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
            if (Name(value) == name) return value;
        return null;
    }
}
