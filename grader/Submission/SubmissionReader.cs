using System.Text;
using Attention.Grader.Assignment;
using Attention.Grader.Localization;

namespace Attention.Grader.Submission;

/// <summary>
/// Takes the student's files, and only those, out of a submission folder. Each is read from its
/// path, or else from the one file of that name below the folder, as SubmissionFolder's rule allows
/// (no links, regular files, a bounded walk). The folder is never modified.
/// </summary>
public static class SubmissionReader
{
    public const long MaxFileBytes = 512 * 1024;

    public static IReadOnlyList<StudentFile> Read(string submission, AssignmentSpec assignment)
    {
        if (!Directory.Exists(submission))
            throw new InputRefusedException(File.Exists(submission) ? nameof(Strings.SubmissionNotAFolder) : nameof(Strings.SubmissionMissing), submission);
        var root = Path.GetFullPath(submission);
        var entries = SubmissionFolder.CSharpFiles(root);

        var files = assignment.StudentFiles.Select(spec =>
        {
            var found = Locate(root, entries, spec);
            if (found is null) return new StudentFile(spec.Path, File.ReadAllText(Path.Combine(assignment.Root, spec.Stub)), null);
            var (text, encoding) = ReadText(found);
            return new StudentFile(spec.Path, text, found.Relative, encoding);
        }).ToList();

        if (files.All(f => f.IsStub))
            throw new InputRefusedException(nameof(Strings.NoStudentFile), submission, string.Join(", ", assignment.StudentFiles.Select(f => f.FileName)));
        return files;
    }

    static SubmissionEntry? Locate(string root, IReadOnlyList<SubmissionEntry> entries, StudentFileSpec spec)
    {
        var direct = Path.GetRelativePath(root, Path.Combine(root, spec.Path));
        RefuseLinkedFolders(root, direct);
        if (entries.FirstOrDefault(e => e.Relative == direct) is { } atItsPath) return atItsPath;
        var candidates = entries.Where(e => Path.GetFileName(e.Relative) == spec.FileName).ToList();
        return candidates.Count switch
        {
            0 => null,
            1 => candidates[0],
            _ => throw new InputRefusedException(nameof(Strings.AmbiguousStudentFile), spec.FileName,
                string.Join(", ", candidates.Select(c => c.Relative))),
        };
    }

    /// <summary>The walk never follows a link: a student file's own path through a linked folder (student/ → a classmate's) is refused, not silently missed.</summary>
    static void RefuseLinkedFolders(string root, string relative)
    {
        var path = root;
        foreach (var part in Path.GetDirectoryName(relative)!.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            path = Path.Combine(path, part);
            if (new DirectoryInfo(path).LinkTarget is not null)
                throw new InputRefusedException(nameof(Strings.LinkInSubmission), Path.GetRelativePath(root, path));
        }
    }

    /// <summary>
    /// The file's text, refused when it is not text at all (too big, NUL bytes). Text that is not valid
    /// UTF-8 is read as the C# compiler reads it on a French Windows machine: Windows-1252 (the encoding
    /// comes with .NET's code-page provider).
    /// </summary>
    static (string Text, SourceEncoding Encoding) ReadText(SubmissionEntry entry)
    {
        // Size 0 is an empty file, or a FIFO, a socket or a device, which the walk cannot tell apart: none is a source file.
        if (entry.Length == 0) throw new InputRefusedException(nameof(Strings.StudentFileEmpty), entry.Relative);
        var bytes = SubmissionFolder.Read(entry, MaxFileBytes);
        if (bytes.Length > MaxFileBytes || Array.IndexOf(bytes, (byte)0) >= 0) throw new InputRefusedException(nameof(Strings.NotCSharpText), entry.Relative);
        try
        {
            return (new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true)
                .GetString(bytes).TrimStart('\uFEFF'), SourceEncoding.Utf8);
        }
        catch (DecoderFallbackException)
        {
            return (Windows1252.Value.GetString(bytes), SourceEncoding.Windows1252);
        }
    }

    static readonly Lazy<Encoding> Windows1252 = new(() => CodePagesEncodingProvider.Instance.GetEncoding(1252)!);
}
