using Attention.Grader.Assignment;

namespace Attention.Grader.Tests.Support;

/// <summary>
/// A submission written from a base and the files that differ from it: the base's student files
/// (the reference solution's, or the stubs') at their kit paths, then every file of an overlay
/// folder over them. Golden folders and mistakes keep only what differs.
/// </summary>
public static class Overlay
{
    public const string Solution = "solution", Stubs = "stubs";

    public static void Write(string baseName, string? overlay, string target)
    {
        foreach (var file in AssignmentLoader.Load(KitPaths.Root).StudentFiles)
        {
            var source = baseName switch
            {
                Solution => Path.Combine(KitPaths.Root, Solution, file.FileName),
                Stubs => Path.Combine(KitPaths.Root, file.Stub),
                _ => throw new ArgumentException($"base {baseName}: solution or stubs", nameof(baseName)),
            };
            Copy(source, Path.Combine(target, file.Path));
        }
        if (overlay is null || !Directory.Exists(overlay)) return;
        foreach (var file in Directory.EnumerateFiles(overlay, "*", SearchOption.AllDirectories))
            Copy(file, Path.Combine(target, Path.GetRelativePath(overlay, file)));
    }

    static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to, overwrite: true);
    }
}
