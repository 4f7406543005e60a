using System.Text.Json;
using System.Text.Json.Nodes;
using Attention.Grader.Reports;
using Attention.Grader.Results;

namespace Attention.Grader.Tests.Support;

/// <summary>
/// grade.json as the golden files hold it: without what changes from run to run (the duration, and
/// student output, which is read asynchronously and can land on a neighbouring exercise) or from
/// machine to machine (the containment level, tested by ContainmentTests instead).
/// </summary>
public static class GoldenJson
{
    public static string Normalize(GradeReport report)
    {
        var node = JsonNode.Parse(report.ToJson())!.AsObject();
        node.Remove("seconds");
        node.Remove("containment");
        foreach (var exercise in node["exercises"]!.AsArray())
            exercise!.AsObject().Remove("output");
        return node.ToJsonString(JsonReport.Options) + "\n";
    }

    /// <summary>Set UPDATE_GOLDEN=1 to write the expected files anew from what the grader does now.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";
}
