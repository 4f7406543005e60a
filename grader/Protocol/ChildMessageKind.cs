using System.Text.Json.Serialization;

namespace Attention.Grader.Protocol;

/// <summary>The kinds of line on the child's channel, in the order an exercise sees them.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChildMessageKind>))]
public enum ChildMessageKind
{
    /// <summary>A test of an exercise, found by discovery.</summary>
    [JsonStringEnumMemberName("listed")] Listed,
    /// <summary>An exercise begins: its time limit starts.</summary>
    [JsonStringEnumMemberName("started")] Started,
    /// <summary>One test's outcome.</summary>
    [JsonStringEnumMemberName("result")] Result,
    /// <summary>An exercise is over.</summary>
    [JsonStringEnumMemberName("finished")] Finished,
    /// <summary>Every exercise asked for is over.</summary>
    [JsonStringEnumMemberName("done")] Done,
    /// <summary>The suite could not even start.</summary>
    [JsonStringEnumMemberName("fatal")] Fatal,
}
