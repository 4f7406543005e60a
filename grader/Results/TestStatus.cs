using System.Text.Json.Serialization;

namespace Attention.Grader.Results;

/// <summary>How one test ended: failed is an assertion that said what was expected, error is code that threw on its own.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TestStatus>))]
public enum TestStatus
{
    [JsonStringEnumMemberName("passed")] Passed,
    [JsonStringEnumMemberName("failed")] Failed,
    [JsonStringEnumMemberName("error")] Error,
}
