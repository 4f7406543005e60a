using System.Text.RegularExpressions;
using Attention.Grader.Assignment;
using Attention.Grader.Grading;
using Attention.Grader.Localization;

namespace Attention.Grader.Release;

/// <summary>
/// What goes into the student repository: the stubs in place of the student's files, the public
/// tests, the grader without its own tests, the lab, the build files and the autograding workflow.
/// The reference solution is graded first (a release whose tests the solution fails is useless) and
/// never copied; ReleaseCheck then makes sure nothing of it slipped in.
/// </summary>
public static class StudentRepository
{
    /// <summary>Folders copied whole, minus the build outputs and what Excluded() names.</summary>
    static readonly string[] Folders = ["tests", "grader", "lab", "build", "docs"];

    static readonly string[] RootFiles =
    [
        AssignmentSpec.FileName, "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props",
        "NuGet.config", "global.json", ".gitignore",
    ];

    /// <summary>The student project's own files besides the stubs (the answers file comes from assignment.json).</summary>
    static readonly string[] StudentProjectFiles = ["student/Program.cs", "student/Attention.Student.csproj"];

    /// <summary>The kit's own tests: grader/tests grades golden folders, lab/tests references solution/.</summary>
    static readonly string[] KitOnlyFolders = ["grader/tests/", "lab/tests/"];

    static readonly HashSet<string> BuildOutputs = ["bin", "obj", "TestResults", ".vs", ".idea"];

    /// <summary>Writes the student repository into <paramref name="output"/> and returns its full path.</summary>
    public static string Release(Kit kit, string output, string language)
    {
        var assignment = kit.Assignment;
        var target = Path.GetFullPath(output);
        RefuseTarget(assignment.Root, target);
        RequireSolutionPasses(kit, language);

        Directory.CreateDirectory(target);
        try
        {
            Write(assignment, target, language);
            ReleaseCheck.Verify(assignment.Root, target);
        }
        catch
        {
            Directory.Delete(target, recursive: true);
            throw;
        }
        return target;
    }

    /// <summary>
    /// OUT must be empty, and neither the kit itself nor inside what the release reads from (it would
    /// copy itself). Elsewhere in the kit is fine: `out/` is ignored by git for that.
    /// </summary>
    static void RefuseTarget(string root, string target)
    {
        if (File.Exists(target) || Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            throw new InputRefusedException(nameof(Strings.ReleaseNotEmpty), target);
        string[] sources = ["student", "solution", ".github", .. Folders];
        if (SamePath(target, root) || sources.Any(folder => IsWithin(target, Path.Combine(root, folder))))
            throw new InputRefusedException(nameof(Strings.ReleaseInsideKit), target);
    }

    static StringComparison PathComparison => OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    static bool SamePath(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), PathComparison);

    /// <summary>The folder itself or anything below it.</summary>
    static bool IsWithin(string path, string folder) =>
        SamePath(path, folder)
        || path.StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar, PathComparison);

    static void RequireSolutionPasses(Kit kit, string language)
    {
        var solution = Path.Combine(kit.Assignment.Root, "solution");
        if (!Directory.Exists(solution)) throw new KitFailureException(nameof(Strings.ReleaseNoSolution), solution);
        var report = new SubmissionGrader(kit, language).Grade(solution);
        if (report.Score < report.MaxScore)
        {
            var failing = report.Exercises.Where(e => e.Points < e.MaxPoints).Select(e => $"{e.Id} ({e.Status})");
            throw new KitFailureException(nameof(Strings.ReleaseSolutionFails), report.Score, report.MaxScore, string.Join(", ", failing));
        }
    }

    static void Write(AssignmentSpec assignment, string target, string language)
    {
        var root = assignment.Root;
        var hidden = assignment.HiddenTestFiles.Select(GlobToRegex).ToList();
        foreach (var folder in Folders.Where(f => Directory.Exists(Path.Combine(root, f))))
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (!Excluded(relative, hidden)) Copy(file, Path.Combine(target, relative));
            }

        foreach (var file in RootFiles.Concat(StudentProjectFiles).Append(assignment.AnswersFile ?? ""))
            if (file != "" && File.Exists(Path.Combine(root, file))) Copy(Path.Combine(root, file), Path.Combine(target, file));

        // The stubs, never the kit's student/ as it stands: that is what students start from.
        foreach (var studentFile in assignment.StudentFiles)
            Copy(Path.Combine(root, studentFile.Stub), Path.Combine(target, studentFile.Path));

        var workflow = Path.Combine(target, ".github", "workflows", "classroom.yml");
        Directory.CreateDirectory(Path.GetDirectoryName(workflow)!);
        File.WriteAllText(workflow, ClassroomWorkflow.Fill(File.ReadAllText(ClassroomWorkflow.TemplatePath(root)), assignment, language));
        SlnFile.Write(target, "Attention.Assignment.sln", ["student", "lab", "tests", "grader", "build/AllowList", "build/Interceptors"]);
        StudentReadme.Write(assignment, target);
    }

    static bool Excluded(string relative, IReadOnlyList<Regex> hidden) =>
        relative.Split('/').Any(BuildOutputs.Contains)
        || KitOnlyFolders.Any(relative.StartsWith)
        || hidden.Any(glob => glob.IsMatch(relative));

    /// <summary>assignment.json's globs: `*` within one folder, `**` across folders, `?` one character.</summary>
    static Regex GlobToRegex(string glob)
    {
        var pattern = Regex.Escape(glob.Replace('\\', '/'))
            .Replace(@"\*\*/", "(.*/)?").Replace(@"\*\*", ".*").Replace(@"\*", "[^/]*").Replace(@"\?", "[^/]");
        return new Regex("^" + pattern + "$", RegexOptions.CultureInvariant);
    }

    static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to, overwrite: true);
    }
}
