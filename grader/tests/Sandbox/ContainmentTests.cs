using System.Text.Json.Nodes;
using Attention.Grader.Sandbox;
using Attention.Grader.Tests.Support;

namespace Attention.Grader.Tests.Sandbox;

/// <summary>The containment level, which the golden files leave out: probed, reported, and required by batch.</summary>
public sealed class ContainmentTests : IDisposable
{
    readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("grader-containment-");

    public void Dispose() => temp.Delete(recursive: true);

    [Fact]
    public void On_linux_the_kit_grades_in_the_jail()
    {
        if (!OperatingSystem.IsLinux()) return;
        Containment.OfMachine.Level.Should().NotBe(ContainmentLevel.None,
            "the kit's tests grade through the real jail: install bubblewrap (.ci/run does), and on Ubuntu 24.04 "
            + "sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0");
    }

    [Fact]
    public void Grade_json_and_the_console_say_the_level()
    {
        var json = Path.Combine(temp.FullName, "grade.json");
        var submission = Directory.CreateDirectory(Path.Combine(temp.FullName, "stubs")).FullName;
        new GoldenFolder("all-stubs").WriteSubmission(submission);
        var outcome = GraderCli.Run("grade", submission, "--json", json);
        outcome.ExitCode.Should().Be(0, outcome.Stderr);
        var level = JsonNode.Parse(File.ReadAllText(json))!["containment"]!.GetValue<string>();
        level.Should().Be(Name(Containment.OfMachine.Level));
        outcome.Stdout.Should().Contain("Isolation :");
    }

    [Fact]
    public void Without_the_jail_batch_refuses_in_one_line_unless_unsandboxed()
    {
        var classFolder = Directory.CreateDirectory(Path.Combine(temp.FullName, "class")).FullName;
        var report = Path.Combine(temp.FullName, "report");
        var off = new Dictionary<string, string?> { ["ATTENTION_JAIL"] = "off" };

        var refused = GraderCli.Run(["batch", classFolder, "--out", report], off);
        refused.ExitCode.Should().Be(2);
        refused.Stderr.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain("bubblewrap").And.Contain("--unsandboxed");

        new GoldenFolder("all-stubs").WriteSubmission(Directory.CreateDirectory(Path.Combine(classFolder, "stubs")).FullName);
        var ran = GraderCli.Run(["batch", classFolder, "--out", report, "--unsandboxed"], off);
        ran.ExitCode.Should().Be(0, ran.Stderr);
        ran.Stdout.Should().Contain("Isolation : aucune prison");
        JsonNode.Parse(File.ReadAllText(Path.Combine(report, "stubs", "grade.json")))!["containment"]!.GetValue<string>().Should().Be("none");
        File.ReadAllText(Path.Combine(report, "index.html")).Should().Contain("data-level=\"none\"");
    }

    [Fact]
    public void Polled_caps_are_the_jail_level()
    {
        if (Containment.OfMachine.Level == ContainmentLevel.None) return;
        new Containment(Containment.OfMachine.Jail, CapsKind.Polled).Level.Should().Be(ContainmentLevel.Jail);
        Containment.OfMachine.Jail.Should().NotBeNull();
    }

    static string Name(ContainmentLevel level) => System.Text.Json.JsonSerializer.Serialize(level).Trim('"');
}
