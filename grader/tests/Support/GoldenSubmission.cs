namespace Attention.Grader.Tests.Support;

/// <summary>
/// A golden folder's submission: the files of its base (base.txt: `solution` or `stubs`) with the
/// folder's own submission/ files laid over them; a folder without base.txt is its submission/ as is.
/// </summary>
public static class GoldenSubmission
{
    /// <summary>The submission of a golden folder, written into <paramref name="into"/> when it has a base.</summary>
    public static string Prepare(string golden, string into)
    {
        var submission = Path.Combine(golden, "submission");
        var baseFile = Path.Combine(golden, "base.txt");
        if (!File.Exists(baseFile)) return submission;
        var kit = KitPaths.Kit().Assignment;
        var from = File.ReadAllText(baseFile).Trim();
        foreach (var file in kit.StudentFiles)
        {
            var source = from switch
            {
                "solution" => Path.Combine(KitPaths.Root, "solution", file.FileName),
                "stubs" => Path.Combine(KitPaths.Root, file.Stub),
                _ => throw new InvalidOperationException($"{baseFile}: base {from} is neither solution nor stubs"),
            };
            var target = Path.Combine(into, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target, overwrite: true);
        }
        if (Directory.Exists(submission))
            foreach (var file in Directory.EnumerateFiles(submission, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(into, Path.GetRelativePath(submission, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
        return into;
    }

    /// <summary>Golden folders graded through `batch` (the attack targets the class): marked by an empty file `batch`.</summary>
    public static bool InBatch(string golden) => File.Exists(Path.Combine(golden, "batch"));
}
