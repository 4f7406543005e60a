using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Attention.Grader.Results;

namespace Attention.Grader.Reports;

/// <summary>grade.json: readable JSON (indented, accents and quotes as they are).</summary>
public static class JsonReport
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string ToJson(this GradeReport report) => JsonSerializer.Serialize(report, Options) + "\n";

    public static GradeReport FromJson(string json) => JsonSerializer.Deserialize<GradeReport>(json, Options)!;
}
