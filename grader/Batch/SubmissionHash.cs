using System.Security.Cryptography;
using System.Text;
using Attention.Grader.Assignment;

namespace Attention.Grader.Batch;

/// <summary>
/// A fingerprint of a grading: SHA-256 over what grades it (the kit's fingerprint) and the relative
/// path and bytes of every C# file of the folder, build outputs and Git's own files left out. Equal
/// fingerprints, equal grades: the batch skips a submission whose fingerprint has not changed since
/// it was last graded, and grades everything again after a change to the suite, the assignment or
/// the language.
/// </summary>
public static class SubmissionHash
{
    static readonly string[] SkippedFolders = ["bin", "obj", ".git"];

    /// <summary>What grades a submission: the suite's assembly, assignment.json, and the feedback's language.</summary>
    public static string OfKit(Kit kit, string language)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(File.ReadAllBytes(kit.SuiteAssembly));
        sha.AppendData(File.ReadAllBytes(Path.Combine(kit.Assignment.Root, AssignmentSpec.FileName)));
        sha.AppendData(Encoding.UTF8.GetBytes(language));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public static string Of(string folder, string kitFingerprint)
    {
        var root = Path.GetFullPath(folder);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(kitFingerprint + "\n"));
        // Sorted ordinally, with '/' separators: the same fingerprint on every OS and file system.
        foreach (var relative in SourceFiles(root).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(Path.Combine(root, relative));
            // Path and length first, so that moving bytes from one file to the next changes the hash.
            sha.AppendData(Encoding.UTF8.GetBytes($"{relative}\n{bytes.Length}\n"));
            sha.AppendData(bytes);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    static IEnumerable<string> SourceFiles(string folder)
    {
        // Links to folders are not followed: a submission cannot make the batch read the whole disk.
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", options)) yield return file;
        foreach (var sub in Directory.EnumerateDirectories(folder, "*", options))
            if (!SkippedFolders.Contains(Path.GetFileName(sub), StringComparer.OrdinalIgnoreCase))
                foreach (var file in SourceFiles(sub)) yield return file;
    }
}
