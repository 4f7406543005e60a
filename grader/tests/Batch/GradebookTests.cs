using Attention.Grader.Batch;

namespace Attention.Grader.Tests.Batch;

/// <summary>grades.csv written and read back, and the content hash that decides what a re-run skips.</summary>
public sealed class GradebookTests : IDisposable
{
    readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("grader-gradebook-");

    public void Dispose() => temp.Delete(recursive: true);

    [Fact]
    public void The_gradebook_survives_a_round_trip_with_commas_quotes_and_line_breaks()
    {
        var gradebook = new Gradebook(["ex1", "ex2"],
        [
            new GradebookRow("zoé", [1.5, 2], 5.5, 2, ""),
            new GradebookRow("alice", [0, 0], 0, null, "Refusé : \"a.cs\", b.cs\nsecond line"),
        ]);

        var csv = gradebook.ToCsv();
        csv.Split('\n')[0].Should().Be("submission,ex1,ex2,total,written,reason");
        csv.Should().Contain("zoé,1.5,2,5.5,2,\n");
        var back = Gradebook.Parse(csv);

        back.ExerciseIds.Should().Equal("ex1", "ex2");
        back.Rows.Select(r => r.Submission).Should().Equal("alice", "zoé");
        back.Rows[0].Reason.Should().Be("Refusé : \"a.cs\", b.cs\nsecond line");
        back.Rows[0].Written.Should().BeNull();
        back.Rows[1].Points.Should().Equal(1.5, 2);
        back.Rows[1].Written.Should().Be(2);
        back.Rows[1].Total.Should().Be(5.5);
    }

    [Fact]
    public void A_written_mark_saved_by_a_french_spreadsheet_is_read()
    {
        var path = Path.Combine(temp.FullName, "grades.csv");
        File.WriteAllText(path, "\uFEFFsubmission,ex1,total,written,reason\r\nbob,2,2,\"3,5\",\r\ncarol,1,1,,\r\n");
        Gradebook.WrittenMarks(path).Should().Equal(new Dictionary<string, double> { ["bob"] = 3.5 });
        Gradebook.WrittenMarks(Path.Combine(temp.FullName, "none.csv")).Should().BeEmpty();
    }

    [Fact]
    public void The_hash_follows_the_student_files_and_only_them()
    {
        var folder = Directory.CreateDirectory(Path.Combine(temp.FullName, "s")).FullName;
        Directory.CreateDirectory(Path.Combine(folder, "student"));
        File.WriteAllText(Path.Combine(folder, "student", "A.cs"), "class A {}");
        var first = SubmissionHash.Of(folder, Kit);

        first.Should().MatchRegex("^[0-9a-f]{64}$");
        SubmissionHash.Of(folder, Kit).Should().Be(first);

        Directory.CreateDirectory(Path.Combine(folder, "student", "obj"));
        File.WriteAllText(Path.Combine(folder, "student", "obj", "Generated.cs"), "// build output");
        File.WriteAllText(Path.Combine(folder, "README.md"), "not code");
        SubmissionHash.Of(folder, Kit).Should().Be(first, "build outputs and other files are not the student's code");
        Directory.CreateDirectory(Path.Combine(folder, "grader", "stubs"));
        File.WriteAllText(Path.Combine(folder, "grader", "stubs", "A.cs"), "class A {}");
        SubmissionHash.Of(folder, Kit).Should().Be(first, "the reader never reads the stubs: neither does the hash");

        File.WriteAllText(Path.Combine(folder, "student", "A.cs"), "class A { }");
        SubmissionHash.Of(folder, Kit).Should().NotBe(first);

        File.WriteAllText(Path.Combine(folder, "student", "A.cs"), "class A {}");
        File.Move(Path.Combine(folder, "student", "A.cs"), Path.Combine(folder, "A.cs"));
        SubmissionHash.Of(folder, Kit).Should().NotBe(first, "the path is part of the hash");
        SubmissionHash.Of(folder, "another suite").Should().NotBe(SubmissionHash.Of(folder, Kit), "a new suite grades again");
    }

    const string Kit = "kit fingerprint";
}
