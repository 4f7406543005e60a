using System.Diagnostics;

namespace Attention.Grader.Tests.Support;

/// <summary>Runs the built grader as a user would, and returns what it said.</summary>
public static class GraderCli
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    public static Outcome Run(params string[] args) => Run(args, new Dictionary<string, string?>());

    public static Outcome Run(string[] args, IReadOnlyDictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(KitPaths.GraderBuild, "Attention.Grader.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["GITHUB_ACTIONS"] = null;
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(3)).Should().BeTrue("the grader must end");
        return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
    }
}
