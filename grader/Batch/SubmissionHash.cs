using System.Security.Cryptography;
using System.Text;
using Attention.Grader.Assignment;
using Attention.Grader.Submission;

namespace Attention.Grader.Batch;

/// <summary>
/// A fingerprint of a grading: SHA-256 over what grades it (the kit's fingerprint) and the relative
/// path and bytes of every C# file of the folder the reader may read (SubmissionFolder: build outputs, Git's and npm's files and the stubs left out). Equal
/// fingerprints, equal grades: the batch skips a submission whose fingerprint has not changed since
/// it was last graded, and grades everything again after a change to the suite, the assignment or
/// the language.
/// </summary>
public static class SubmissionHash
{
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
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(kitFingerprint + "\n"));
        // The walk of the reader's rule (no links, FIFOs never opened, bounded), sorted ordinally with
        // '/' separators: the same fingerprint on every OS and file system.
        foreach (var entry in SubmissionFolder.CSharpFiles(folder).OrderBy(e => Slashed(e.Relative), StringComparer.Ordinal))
        {
            var bytes = SubmissionFolder.Read(entry, SubmissionFolder.MaxCSharpBytes);
            // Path and length first, so that moving bytes from one file to the next changes the hash.
            sha.AppendData(Encoding.UTF8.GetBytes($"{Slashed(entry.Relative)}\n{bytes.Length}\n"));
            sha.AppendData(bytes);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    static string Slashed(string relative) => relative.Replace('\\', '/');
}
