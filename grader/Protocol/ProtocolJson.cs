using System.Text.Json;
using System.Text.Json.Serialization;

namespace Attention.Grader.Protocol;

/// <summary>
/// The protocol's JSON, written at build time (System.Text.Json's source generator): the child reads
/// its job and writes every message without the reflection path, whose JIT was a third of what a child
/// still compiled (scripts/benchmark-batch).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ChildJob))]
[JsonSerializable(typeof(ChildMessage))]
internal sealed partial class ProtocolJson : JsonSerializerContext;
