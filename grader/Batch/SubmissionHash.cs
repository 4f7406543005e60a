using System.Security.Cryptography;
using System.Text;

namespace Attention.Grader.Batch;

/// <summary>
/// A fingerprint of what a student wrote: SHA-256 over the relative path and bytes of every C# file
/// of the folder, build outputs and Git's own files left out. Equal fingerprints, equal grades: the
/// batch skips a submission whose fingerprint has not changed since it was last graded.
/// </summary>
public static class SubmissionHash
{
    static readonly string[] SkippedFolders = ["bin", "obj", ".git"];

    public static string Of(string folder)
    {
        var root = Path.GetFullPath(folder);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
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
