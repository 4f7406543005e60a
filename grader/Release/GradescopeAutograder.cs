using System.IO.Compression;
using Attention.Grader.Reports;
using Attention.Grader.Results;
using Attention.Grader.Assignment;
using Attention.Grader.Localization;

namespace Attention.Grader.Release;

/// <summary>
/// Gradescope's autograder zip: the student repository under kit/ (built once by setup.sh), with
/// setup.sh and run_autograder at the top, as Gradescope expects. Templates: Release/Gradescope/.
/// </summary>
public static class GradescopeAutograder
{
    public static readonly string[] Scripts = ["setup.sh", "run_autograder"];

    /// <summary>What run_autograder hands Gradescope when the grader could not even start (the grader writes results.json itself otherwise).</summary>
    public const string FallbackResults = "results-if-grader-fails.json";

    public static string Write(Kit kit, string zipPath, string language)
    {
        var target = Path.GetFullPath(zipPath);
        if (File.Exists(target) || Directory.Exists(target)) throw new InputRefusedException(nameof(Strings.ReleaseNotEmpty), zipPath);
        var staging = Directory.CreateTempSubdirectory("attention-gradescope-");
        try
        {
            StudentRepository.Release(kit, Path.Combine(staging.FullName, "kit"), language);
            foreach (var script in Scripts)
            {
                var copy = Path.Combine(staging.FullName, script);
                File.Copy(Path.Combine(kit.Assignment.Root, "grader", "Release", "Gradescope", script), copy);
                if (!OperatingSystem.IsWindows())
                    File.SetUnixFileMode(copy, File.GetUnixFileMode(copy) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
            var fallback = GradeReport.Failed(Texts.Of(language, nameof(Strings.GradescopeGraderDidNotRun)), kit.Assignment.MaxScore);
            File.WriteAllText(Path.Combine(staging.FullName, FallbackResults), fallback.ToGradescopeJson());
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            ZipFile.CreateFromDirectory(staging.FullName, target);
            return target;
        }
        finally
        {
            staging.Delete(recursive: true);
        }
    }
}
