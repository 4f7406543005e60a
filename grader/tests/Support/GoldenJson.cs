using System.Text.Json;
using System.Text.Json.Nodes;
using Attention.Grader.Reports;
using Attention.Grader.Results;

namespace Attention.Grader.Tests.Support;

/// <summary>
/// grade.json as the golden files hold it: without what changes from run to run (the duration, and
/// past its first line, the output of an exercise that crashed: the runtime's own dying words,
/// a stack trace whose repeat count varies).
/// </summary>
public static class GoldenJson
{
    public static string Normalize(GradeReport report)
    {
        var node = JsonNode.Parse(report.ToJson())!.AsObject();
        node.Remove("seconds");
        foreach (var exercise in node["exercises"]!.AsArray().Select(e => e!.AsObject()))
            if ((string?)exercise["status"] == "crashed" && (string?)exercise["output"] is { } output)
                exercise["output"] = output.Split('\n')[0] + "\n";
        return node.ToJsonString(JsonReport.Options) + "\n";
    }

    /// <summary>Set UPDATE_GOLDEN=1 to write the expected files anew from what the grader does now.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";
}
