using Attention.Grader.Localization;

namespace Attention.Grader.Submission;

/// <summary>One C# file of a submission folder, as the walk found it: its path relative to the folder, and its size.</summary>
public sealed record SubmissionEntry(string Relative, string FullPath, long Length);

/// <summary>
/// The one rule for what the grader reads in a submission folder, for the reader and the batch's hash
/// alike: a bounded walk (entries, depth, bytes of C#) that never follows a link, and C# files that
/// are regular files. A link named *.cs is refused, whatever it points to (a classmate's file, /dev/zero,
/// itself); a file of size 0 is never opened (a FIFO, a socket or a device reports 0 too, and opening a
/// FIFO blocks for ever); a file is read up to its budget, never further. Whatever breaks the rule
/// refuses the submission with one line that says why.
/// </summary>
public static class SubmissionFolder
{
    /// <summary>Files and folders the walk visits at most, how deep it goes, and how many bytes of C# it accepts in all.</summary>
    public const int MaxEntries = 20_000, MaxDepth = 32;
    public const long MaxCSharpBytes = 16 * 1024 * 1024;

    /// <summary>Folders the grader never reads: build outputs, Git's and npm's own, and the stubs a release ships beside the student's files.</summary>
    public static readonly IReadOnlyCollection<string> Skipped = ["bin", "obj", ".git", "node_modules", "stubs"];

    /// <summary>Every *.cs file below <paramref name="root"/> that the grader may read (<see cref="Skipped"/> left out): the reader and the batch's hash see the same files.</summary>
    public static IReadOnlyList<SubmissionEntry> CSharpFiles(string root) => CSharpFiles(root, Skipped);

    /// <summary>Every *.cs file below <paramref name="root"/>, the folders named in <paramref name="skipped"/> left out.</summary>
    public static IReadOnlyList<SubmissionEntry> CSharpFiles(string root, IReadOnlyCollection<string> skipped)
    {
        root = Path.GetFullPath(root);
        var found = new List<SubmissionEntry>();
        var visited = 0;
        long bytes = 0;
        // Breadth-first with an explicit queue: no recursion for a hostile depth to overflow.
        var pending = new Queue<(DirectoryInfo Folder, int Depth)>([(new DirectoryInfo(root), 0)]);
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0, RecurseSubdirectories = false };
        while (pending.TryDequeue(out var current))
        {
            foreach (var entry in current.Folder.EnumerateFileSystemInfos("*", options))
            {
                if (++visited > MaxEntries) throw new InputRefusedException(nameof(Strings.SubmissionTooManyEntries), MaxEntries);
                var relative = Path.GetRelativePath(root, entry.FullName);
                var isLink = entry.LinkTarget is not null;
                if (entry is DirectoryInfo folder)
                {
                    // A link to a folder is not followed (and costs nothing: nothing below it is read).
                    if (isLink || skipped.Contains(folder.Name, StringComparer.OrdinalIgnoreCase)) continue;
                    if (current.Depth + 1 > MaxDepth) throw new InputRefusedException(nameof(Strings.SubmissionTooDeep), MaxDepth);
                    pending.Enqueue((folder, current.Depth + 1));
                }
                else if (entry.Name.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
                {
                    if (isLink) throw new InputRefusedException(nameof(Strings.LinkInSubmission), relative);
                    var length = ((FileInfo)entry).Length;
                    bytes += length;
                    if (bytes > MaxCSharpBytes) throw new InputRefusedException(nameof(Strings.SubmissionTooLarge), MaxCSharpBytes / (1024 * 1024));
                    found.Add(new SubmissionEntry(relative, entry.FullName, length));
                }
            }
        }
        return found;
    }

    /// <summary>
    /// The bytes of a file the walk found, at most <paramref name="limit"/> + 1 of them (more says "too big"):
    /// nothing is opened when its size is 0, so that a FIFO or a device is read as an empty file, never waited on.
    /// </summary>
    public static byte[] Read(SubmissionEntry entry, long limit)
    {
        if (entry.Length == 0) return [];
        using var stream = new FileStream(entry.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.None);
        var buffer = new byte[Math.Min(entry.Length, limit) + 1];
        var total = 0;
        for (int read; total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0;) total += read;
        return buffer[..total];
    }
}
