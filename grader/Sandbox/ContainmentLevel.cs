using System.Text.Json.Serialization;

namespace Attention.Grader.Sandbox;

/// <summary>How well the child is contained on this machine, as every report states it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContainmentLevel>))]
public enum ContainmentLevel
{
    /// <summary>The child runs with the grader's rights: only the signed channel and the limits hold.</summary>
    [JsonStringEnumMemberName("none")] None,
    /// <summary>bubblewrap jail; memory and processes only polled (sum over the jail's processes).</summary>
    [JsonStringEnumMemberName("jail")] Jail,
    /// <summary>bubblewrap jail inside a cgroup that caps memory and processes of the whole jail.</summary>
    [JsonStringEnumMemberName("jail_and_caps")] JailAndCaps,
}
