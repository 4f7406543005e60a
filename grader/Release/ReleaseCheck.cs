using Attention.Grader.Localization;

namespace Attention.Grader.Release;

/// <summary>
/// The last line of defence against publishing the answers: after the release is written, no file
/// may carry the content of a solution source (whatever its name), and no path may say "solution".
/// </summary>
public static class ReleaseCheck
{
    public static void Verify(string kitRoot, string release)
    {
        var solution = Path.Combine(kitRoot, "solution");
        var answers = Directory.Exists(solution)
            ? Directory.EnumerateFiles(solution, "*.cs", SearchOption.AllDirectories)
                .Where(f => !IsBuildOutput(Path.GetRelativePath(solution, f)))
                .Select(f => Normalize(File.ReadAllText(f))).ToHashSet()
            : [];

        foreach (var file in Directory.EnumerateFiles(release, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(release, file);
            if (relative.Contains("solution", StringComparison.OrdinalIgnoreCase))
                throw new KitFailureException(nameof(Strings.ReleaseLeak), relative);
            // Compared with line endings and surrounding blanks ignored: a copy that went through git is still a copy.
            if (new FileInfo(file).Length < 1 << 20 && answers.Contains(Normalize(File.ReadAllText(file))))
                throw new KitFailureException(nameof(Strings.ReleaseLeak), relative);
        }
    }

    static bool IsBuildOutput(string relative) =>
        relative.Replace('\\', '/').Split('/').Any(part => part is "bin" or "obj");

    static string Normalize(string text) => text.Replace("\r\n", "\n").Trim();
}
