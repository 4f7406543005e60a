using System.Text.Json;
using System.Text.Json.Nodes;
using Attention.Grader.Reports;
using Attention.Grader.Results;

namespace Attention.Grader.Tests.Support;

/// <summary>
/// grade.json as the golden files hold it: without what changes from run to run (the duration, and
/// past its first line, the output of an exercise that crashed: the runtime's own dying words,
/// a stack trace whose repeat count varies), and the order of an exercise's output lines (its tests
/// run in xunit's order, which changes from build to build, and stdout and stderr are two streams):
/// which exercise printed a line is kept, not when.
/// </summary>
public static class GoldenJson
{
    public static string Normalize(GradeReport report)
    {
        var node = JsonNode.Parse(report.ToJson())!.AsObject();
        node.Remove("seconds");
        // Machine to machine: the containment level (tested by ContainmentTests instead).
        node.Remove("containment");
        foreach (var exercise in node["exercises"]!.AsArray().Select(e => e!.AsObject()))
            if ((string?)exercise["output"] is { } output)
                exercise["output"] = (string?)exercise["status"] == "crashed"
                    ? output.Split('\n')[0] + "\n"
                    : string.Join("\n", output.TrimEnd('\n').Split('\n').Order(StringComparer.Ordinal)) + "\n";
        return node.ToJsonString(JsonReport.Options) + "\n";
    }

    /// <summary>Set UPDATE_GOLDEN=1 to write the expected files anew from what the grader does now.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";
}
