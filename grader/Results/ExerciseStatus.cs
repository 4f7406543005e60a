using System.Text.Json.Serialization;

namespace Attention.Grader.Results;

/// <summary>How an exercise ended; grade.json spells it as the name given here.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExerciseStatus>))]
public enum ExerciseStatus
{
    [JsonStringEnumMemberName("passed")] Passed,
    [JsonStringEnumMemberName("failed")] Failed,
    [JsonStringEnumMemberName("compile_error")] CompileError,
    [JsonStringEnumMemberName("timeout")] Timeout,
    [JsonStringEnumMemberName("crashed")] Crashed,
    [JsonStringEnumMemberName("forbidden")] Forbidden,
}
