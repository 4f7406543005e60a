using System.Diagnostics;
using Attention.Grader.Submission;

namespace Attention.Grader.Tests.Submission;

/// <summary>
/// The one rule for what the grader reads in a submission folder (SubmissionFolder), attack by attack:
/// each is refused with one line, or read without blocking, and never costs the grader its time or memory.
/// </summary>
public sealed class SubmissionFolderTests : IDisposable
{
    static readonly string[] Skipped = ["bin", "obj", ".git"];
    readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("grader-folder-rule-");

    public void Dispose() => folder.Delete(recursive: true);

    string In(string relative) => Path.Combine(folder.FullName, relative);

    string RefusalOf(Action read) =>
        read.Should().Throw<InputRefusedException>().Which.Describe("fr");

    [Fact]
    public void A_link_named_like_a_source_file_is_refused_wherever_it_points()
    {
        File.WriteAllText(In("Real.cs"), "class A {}");
        File.CreateSymbolicLink(In("ToAClassmate.cs"), In("Real.cs"));
        RefusalOf(() => SubmissionFolder.CSharpFiles(folder.FullName, Skipped)).Should().Contain("ToAClassmate.cs est un lien");
    }

    [Fact]
    public void A_link_that_loops_on_itself_is_refused_not_an_error_of_the_kit()
    {
        File.CreateSymbolicLink(In("Loop.cs"), In("Loop.cs"));
        RefusalOf(() => SubmissionFolder.CSharpFiles(folder.FullName, Skipped)).Should().Contain("Loop.cs est un lien");
    }

    [Fact]
    public void A_link_to_a_folder_is_not_followed()
    {
        File.WriteAllText(In("Mine.cs"), "class A {}");
        Directory.CreateSymbolicLink(In("everything"), "/");
        SubmissionFolder.CSharpFiles(folder.FullName, Skipped).Select(e => e.Relative).Should().Equal("Mine.cs");
    }

    [Fact]
    public async Task A_fifo_is_read_as_an_empty_file_without_waiting_for_a_writer()
    {
        if (!OperatingSystem.IsLinux()) return;
        Process.Start("mkfifo", In("Notes.cs")).WaitForExit();
        var entry = SubmissionFolder.CSharpFiles(folder.FullName, Skipped).Should().ContainSingle().Subject;
        // Opening a FIFO blocks until someone writes: it must never be opened.
        var bytes = await Task.Run(() => SubmissionFolder.Read(entry, 1024), TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        bytes.Should().BeEmpty();
    }

    [Fact]
    public void A_file_is_read_up_to_its_budget_never_further()
    {
        File.WriteAllBytes(In("Big.cs"), new byte[10_000]);
        var entry = SubmissionFolder.CSharpFiles(folder.FullName, Skipped).Single();
        SubmissionFolder.Read(entry, 100).Should().HaveCount(101, "one byte more says it is too big");
    }

    [Fact]
    public void Too_many_files_are_refused_before_anything_is_read()
    {
        var many = Directory.CreateDirectory(In("many")).FullName;
        for (var i = 0; i <= SubmissionFolder.MaxEntries; i++) File.Create(Path.Combine(many, $"{i}.txt")).Dispose();
        RefusalOf(() => SubmissionFolder.CSharpFiles(folder.FullName, Skipped)).Should().Contain($"plus de {SubmissionFolder.MaxEntries} fichiers");
    }

    [Fact]
    public void Folders_nested_too_deep_are_refused()
    {
        var deep = folder.FullName;
        for (var i = 0; i <= SubmissionFolder.MaxDepth; i++) deep = Directory.CreateDirectory(Path.Combine(deep, "d")).FullName;
        RefusalOf(() => SubmissionFolder.CSharpFiles(folder.FullName, Skipped)).Should().Contain($"plus de {SubmissionFolder.MaxDepth} niveaux");
    }

    [Fact]
    public void Too_many_bytes_of_csharp_beside_the_students_files_are_refused_unread()
    {
        using (var huge = File.Create(In("Generated.cs"))) huge.SetLength(SubmissionFolder.MaxCSharpBytes + 1);
        RefusalOf(() => SubmissionFolder.CSharpFiles(folder.FullName, Skipped)).Should().Contain("pèsent plus de 16 Mo");
    }

    [Fact]
    public void Skipped_folders_are_neither_walked_nor_counted()
    {
        var bin = Directory.CreateDirectory(In("bin")).FullName;
        for (var i = 0; i <= SubmissionFolder.MaxEntries; i++) File.Create(Path.Combine(bin, $"{i}.cs")).Dispose();
        SubmissionFolder.CSharpFiles(folder.FullName, Skipped).Should().BeEmpty();
    }
}
