using System.Text;
using Attention.Grader.Assignment;
using Attention.Grader.Localization;

namespace Attention.Grader.Submission;

/// <summary>
/// Takes the student's files, and only those, out of a submission folder. Each is read from its
/// path, or else from the one file of that name below the folder. The folder is never modified.
/// </summary>
public static class SubmissionReader
{
    public const long MaxFileBytes = 512 * 1024;
    static readonly string[] SkippedFolders = ["bin", "obj", ".git", "node_modules", "stubs"];

    public static IReadOnlyList<StudentFile> Read(string submission, AssignmentSpec assignment)
    {
        if (!Directory.Exists(submission))
            throw new InputRefusedException(File.Exists(submission) ? nameof(Strings.SubmissionNotAFolder) : nameof(Strings.SubmissionMissing), submission);
        var root = Path.GetFullPath(submission);

        var files = assignment.StudentFiles.Select(spec =>
        {
            var found = Locate(root, spec);
            if (found is null) return new StudentFile(spec.Path, File.ReadAllText(Path.Combine(assignment.Root, spec.Stub)), null);
            var (text, encoding) = ReadText(root, found);
            return new StudentFile(spec.Path, text, Path.GetRelativePath(root, found), encoding);
        }).ToList();

        if (files.All(f => f.IsStub))
            throw new InputRefusedException(nameof(Strings.NoStudentFile), submission, string.Join(", ", assignment.StudentFiles.Select(f => f.FileName)));
        return files;
    }

    static string? Locate(string root, StudentFileSpec spec)
    {
        var direct = Path.Combine(root, spec.Path);
        if (File.Exists(direct)) return direct;
        var candidates = Search(root, spec.FileName).ToList();
        return candidates.Count switch
        {
            0 => null,
            1 => candidates[0],
            _ => throw new InputRefusedException(nameof(Strings.AmbiguousStudentFile), spec.FileName,
                string.Join(", ", candidates.Select(c => Path.GetRelativePath(root, c)))),
        };
    }

    static IEnumerable<string> Search(string folder, string fileName)
    {
        // Links to files are found (and judged by ReadText); links to folders are not followed.
        var files = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0 };
        var folders = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var file in Directory.EnumerateFiles(folder, fileName, files)) yield return file;
        foreach (var sub in Directory.EnumerateDirectories(folder, "*", folders))
            if (!SkippedFolders.Contains(Path.GetFileName(sub), StringComparer.OrdinalIgnoreCase))
                foreach (var file in Search(sub, fileName)) yield return file;
    }

    /// <summary>
    /// The file's text, refused when it is a link out of the submission or not text at all (too big, NUL
    /// bytes). Text that is not valid UTF-8 is read as the C# compiler reads it on a French Windows
    /// machine: Windows-1252 (the encoding comes with .NET's code-page provider).
    /// </summary>
    static (string Text, SourceEncoding Encoding) ReadText(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true);
        if ((target is not null && !IsInside(root, target.FullName)) || HasFolderLinkOutside(root, path))
            throw new InputRefusedException(nameof(Strings.LinkOutsideSubmission), relative);

        var info = new FileInfo(target?.FullName ?? path);
        if (!info.Exists || info.Length > MaxFileBytes) throw new InputRefusedException(nameof(Strings.NotCSharpText), relative);
        var bytes = File.ReadAllBytes(info.FullName);
        if (Array.IndexOf(bytes, (byte)0) >= 0) throw new InputRefusedException(nameof(Strings.NotCSharpText), relative);
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

    /// <summary>True when a folder between the submission and the file is a link leading out of it.</summary>
    static bool HasFolderLinkOutside(string root, string path)
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(path)!); dir is not null && IsInside(root, dir.FullName)
             && Path.GetRelativePath(root, dir.FullName) != "."; dir = dir.Parent)
        {
            var target = dir.ResolveLinkTarget(returnFinalTarget: true);
            if (target is not null && !IsInside(root, target.FullName)) return true;
        }
        return false;
    }

    static bool IsInside(string root, string path)
    {
        var relative = Path.GetRelativePath(root, Path.GetFullPath(path));
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar) && !Path.IsPathRooted(relative);
    }
}
