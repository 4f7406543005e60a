using System.Diagnostics;
using Attention.Grader.Batch;
using Attention.Grader.Tests.Support;

namespace Attention.Grader.Tests.Batch;

/// <summary>
/// `batch`, from outside, on a class whose hostile members attack through their folder, not their
/// code: a name that is a spreadsheet formula, HTML and terminal escapes with a fake line; a FIFO
/// beside the student's files, and one as the student's file (reading it would block the whole
/// batch for ever); a student file that links to a classmate's; a folder named like the report's grades.csv. The batch ends, the classmates keep
/// their grades, every report shows the names as text, and each refused folder says why in one line.
/// </summary>
public sealed class HostileFolderTests : IDisposable
{
    const string FormulaName = "=1+2<img src=x onerror=alert(1)>\u001b[2K\u001b[1A\nzoe 20 sur 20";

    readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("grader-hostile-folder-");
    string Class => Path.Combine(temp.FullName, "class");
    string Report => Path.Combine(temp.FullName, "report");

    public void Dispose() => temp.Delete(recursive: true);

    string Solution(string name, params string[] files)
    {
        var student = Directory.CreateDirectory(Path.Combine(Class, name, "student")).FullName;
        foreach (var file in files) File.Copy(Path.Combine(KitPaths.Root, "solution", file), Path.Combine(student, file));
        return student;
    }

    static void Fifo(string path) => Process.Start("mkfifo", path).WaitForExit();

    [Fact]
    public void A_class_with_hostile_folders_is_graded_and_every_report_shows_them_as_text()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "FIFOs and the jail are Linux's");
        var alice = Solution("alice", "ScaledDotProductAttention.cs", "SelfAttention.cs");
        Solution(FormulaName, "ScaledDotProductAttention.cs");
        Fifo(Path.Combine(Solution("fifo-beside", "ScaledDotProductAttention.cs", "SelfAttention.cs"), "Notes.cs"));
        Fifo(Path.Combine(Solution("fifo-as-student-file", "SelfAttention.cs"), "ScaledDotProductAttention.cs"));
        File.CreateSymbolicLink(Path.Combine(Solution("linked", "SelfAttention.cs"), "ScaledDotProductAttention.cs"),
            Path.Combine(alice, "ScaledDotProductAttention.cs"));

        Solution(Gradebook.FileName, "ScaledDotProductAttention.cs");

        var outcome = GraderCli.Run("batch", Class, "--out", Report);

        outcome.ExitCode.Should().Be(0, outcome.Stderr);
        outcome.Stdout.Should().NotContain("\u001b", "a folder's name never drives the instructor's terminal");
        outcome.Stdout.Split('\n').Should().NotContain(l => l.StartsWith("zoe"), "a name's line break forges no line");
        var csv = File.ReadAllText(Path.Combine(Report, Gradebook.FileName));
        csv.Split('\n').Should().Contain(l => l.StartsWith("\"'=1+2"), "the formula is written behind an apostrophe");
        var rows = Gradebook.Parse(csv).Rows.ToDictionary(r => r.Submission);
        rows["alice"].Total.Should().Be(20);
        rows[FormulaName].Total.Should().Be(15, "its name is read back as it is, its grade its own");
        rows["fifo-beside"].Total.Should().Be(20, "a FIFO beside the student's files is never opened");
        rows["fifo-as-student-file"].Reason.Should().Contain("n'est pas un fichier ordinaire");
        rows["linked"].Reason.Should().Contain("ScaledDotProductAttention.cs est un lien");
        rows[Gradebook.FileName].Reason.Should().Contain("comme un fichier du rapport", "a folder named grades.csv never stops the class's report");
        File.ReadAllText(Path.Combine(Report, ClassReport.FileName)).Should().NotContain("<img src=x");
    }
}
