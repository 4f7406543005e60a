using Attention.Grader.Assignment;
using Attention.Grader.Batch;
using Attention.Grader.Reports;
using Attention.Grader.Tests.Support;

namespace Attention.Grader.Tests.Sandbox;

/// <summary>
/// The attacks on the class, graded as an instructor grades: `batch` on a class of the attack
/// goldens marked `batch` (a process left behind rewriting grade.json files, killing the grader's
/// ancestors, reading a classmate's folder) and a classmate with a secret. The batch ends, on time,
/// with every grade its own; the report is the grader's on the next run.
/// </summary>
public sealed class BatchAttackTests : IDisposable
{
    const string Secret = "SECRET-OF-A-CLASSMATE-4b1d";
    const string Victim = "victim";

    /// <summary>The left-behind process sleeps 90 s holding what it inherited: a batch that waited for it would take longer than this.</summary>
    static readonly TimeSpan BatchBound = TimeSpan.FromSeconds(85);

    /// <summary>The attacks use what the allow-list refuses: it is turned off so that they reach the jail.</summary>
    static readonly Dictionary<string, string?> AllowListOff = new() { [Kit.AllowListOffVariable] = "off" };

    readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("grader-attack-");
    string Class => Path.Combine(temp.FullName, "class");
    string Report => Path.Combine(temp.FullName, "report");

    public void Dispose() => temp.Delete(recursive: true);

    static IEnumerable<string> Attacks() =>
        Directory.GetDirectories(Path.Combine(KitPaths.GraderTests, "Golden")).Where(GoldenSubmission.InBatch).Order(StringComparer.Ordinal);

    [Fact]
    public void Attacks_on_the_class_change_no_grade_but_their_own()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "the attacks are graded only in the Linux jail (README, Security)");
        foreach (var golden in Attacks()) GoldenSubmission.Prepare(golden, Path.Combine(Class, Path.GetFileName(golden)));
        var victimFile = Path.Combine(GoldenSubmission.Prepare(Path.Combine(KitPaths.GraderTests, "Golden", "assertion-hook"), Path.Combine(Class, Victim)),
            "student", "SelfAttention.cs");
        File.WriteAllText(Path.Combine(Class, Victim, "student", "ScaledDotProductAttention.cs"),
            File.ReadAllText(Path.Combine(KitPaths.Root, "solution", "ScaledDotProductAttention.cs")));
        File.AppendAllText(victimFile, $"\n// {Secret}\n");
        var names = Directory.GetDirectories(Class).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        names.Should().HaveCountGreaterThan(3, "the class holds every batch attack and the victim");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var first = GraderCli.Run(["batch", Class, "--out", Report], AllowListOff);
        clock.Elapsed.Should().BeLessThan(BatchBound, "the batch never waits for what a submission left behind");
        first.ExitCode.Should().Be(0, first.Stderr);
        first.Stdout.Should().Contain($"{names.Count} rendu(s) corrigé(s), 0 ignoré(s)");

        // Time for a left-behind process to do its work, had it survived.
        Thread.Sleep(TimeSpan.FromSeconds(6));
        var rows = Gradebook.Parse(File.ReadAllText(Path.Combine(Report, "grades.csv"))).Rows.ToDictionary(r => r.Submission);
        rows.Keys.Should().BeEquivalentTo(names);
        rows[Victim].Total.Should().Be(20);
        foreach (var golden in Attacks())
        {
            var name = Path.GetFileName(golden);
            var json = File.ReadAllText(Path.Combine(Report, name, "grade.json"));
            json.Should().NotContain(Secret, $"{name} cannot read a classmate's files");
            var actual = GoldenJson.Normalize(JsonReport.FromJson(json));
            var expectedPath = Path.Combine(golden, "expected", "grade.json");
            if (GoldenJson.Updating)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
                File.WriteAllText(expectedPath, actual);
            }
            actual.Should().Be(File.ReadAllText(expectedPath), $"the golden file of {name} says so");
        }

        // Nothing changed the report: every verdict is read back as the grader's own.
        var second = GraderCli.Run(["batch", Class, "--out", Report], AllowListOff);
        second.Stdout.Should().Contain($"0 rendu(s) corrigé(s), {names.Count} ignoré(s)");

        // A grade.json changed behind the grader's back is graded again, and a stopped batch is said.
        var victimGrade = Path.Combine(Report, Victim, "grade.json");
        File.WriteAllText(victimGrade, File.ReadAllText(victimGrade).Replace("\"score\": 20", "\"score\": 19"));
        File.WriteAllText(Path.Combine(Report, ClassGrading.InProgressFile), Victim + "\n");
        var third = GraderCli.Run(["batch", Class, "--out", Report], AllowListOff);
        third.Stdout.Should().Contain($"1 rendu(s) corrigé(s), {names.Count - 1} ignoré(s)")
            .And.Contain($"s'est arrêtée pendant : {Victim}");
        File.ReadAllText(victimGrade).Should().Contain("\"score\": 20");
        File.Exists(Path.Combine(Report, ClassGrading.InProgressFile)).Should().BeFalse("the batch ended");
    }
}
