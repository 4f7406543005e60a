using Attention.Grader.Assignment;
using Attention.Grader.Tests.Support;

namespace Attention.Grader.Tests.Grading;

/// <summary>An incoherent assignment.json is the kit's failure, said in one line in the user's language.</summary>
public sealed class AssignmentLoaderTests : IDisposable
{
    readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("grader-assignment-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void Points_that_do_not_add_up_are_a_kit_failure_that_says_so()
    {
        var json = File.ReadAllText(Path.Combine(KitPaths.Root, AssignmentSpec.FileName)).Replace("\"maxScore\": 20", "\"maxScore\": 21");
        File.WriteAllText(Path.Combine(folder.FullName, AssignmentSpec.FileName), json);

        var load = () => AssignmentLoader.Load(folder.FullName);

        var failure = load.Should().Throw<KitFailureException>().Which;
        failure.Describe("fr").Should().Contain("ne font pas maxScore (21)");
        failure.Describe("en").Should().Contain("do not add up to maxScore (21)");
    }
}
