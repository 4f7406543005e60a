using Attention.Grader.Assignment;
using Attention.Grader.Tests.Support;

namespace Attention.Grader.Tests.Release;

/// <summary>The kit's student/ files are the stubs a release hands out (grader/stubs/), byte for byte: one text, kept twice.</summary>
public sealed class StubTests
{
    public static TheoryData<string, string> StudentFiles() =>
        new(AssignmentLoader.Load(KitPaths.Root).StudentFiles.Select(f => (f.Path, f.Stub)));

    [Theory]
    [MemberData(nameof(StudentFiles))]
    public void The_kits_student_file_is_its_stub(string path, string stub)
    {
        var student = File.ReadAllBytes(Path.Combine(KitPaths.Root, path));
        student.Should().Equal(File.ReadAllBytes(Path.Combine(KitPaths.Root, stub)),
            $"{path} is what students start from, and {stub} is what the grader and the release use in its place");
    }

    [Fact]
    public void Every_stub_of_the_kit_is_a_student_file()
    {
        var stubs = Directory.GetFiles(Path.Combine(KitPaths.Root, "grader", "stubs"), "*.cs").Select(f => "grader/stubs/" + Path.GetFileName(f));
        stubs.Should().BeEquivalentTo(AssignmentLoader.Load(KitPaths.Root).StudentFiles.Select(f => f.Stub));
    }
}
