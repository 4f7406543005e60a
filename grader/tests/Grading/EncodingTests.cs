using System.Text;
using Attention.Grader.Submission;
using Attention.Grader.Tests.Support;

namespace Attention.Grader.Tests.Grading;

/// <summary>A file the C# compiler would read is read: Windows-1252 when it is not UTF-8; only what is not text is refused.</summary>
public sealed class EncodingTests : IDisposable
{
    readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("grader-encoding-");

    public void Dispose() => folder.Delete(recursive: true);

    StudentFile Read(byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(folder.FullName, "SelfAttention.cs"), bytes);
        return SubmissionReader.Read(folder.FullName, KitPaths.Kit().Assignment).Single(f => f.KitPath == "student/SelfAttention.cs");
    }

    [Fact]
    public void A_windows_1252_file_is_read_as_windows_1252()
    {
        var file = Read(CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("// Réponse : « déjà » — œuvre\n"));
        file.Encoding.Should().Be(SourceEncoding.Windows1252);
        file.Text.Should().Be("// Réponse : « déjà » — œuvre\n");
    }

    [Fact]
    public void A_utf8_file_is_read_as_utf8_without_its_mark()
    {
        var file = Read([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("// Réponse\n")]);
        file.Encoding.Should().Be(SourceEncoding.Utf8);
        file.Text.Should().Be("// Réponse\n");
    }
}
