using System.Diagnostics;
using Attention.Grader.Assignment;
using Attention.Grader.Compilation;
using Attention.Grader.Execution;
using Attention.Grader.Results;
using Attention.Grader.Sandbox;
using Attention.Grader.Submission;

namespace Attention.Grader.Grading;

/// <summary>
/// Grades one submission: takes the student's files, compiles them (the allow-list included),
/// runs the suite in a child process (jailed as the machine allows) and scores. Works in a temporary
/// folder, removed afterwards; the submission itself is only read.
/// </summary>
public sealed class SubmissionGrader(Kit kit, string language, Containment? containment = null)
{
    readonly Containment containment = containment ?? Containment.OfMachine;

    public GradeReport Grade(string submission)
    {
        var assignment = kit.Assignment;
        var clock = Stopwatch.StartNew();
        var files = SubmissionReader.Read(submission, assignment);
        var work = Directory.CreateTempSubdirectory("attention-grade-");
        try
        {
            var compiled = new StudentCompiler(assignment, kit.SuiteAssembly, language).Compile(files);
            var toRun = assignment.Exercises
                .Where(e => !compiled.ErrorsByFile.ContainsKey(e.File) && !compiled.Refused.ByExercise.ContainsKey(e.Id))
                .ToList();

            var studentAssembly = Path.Combine(work.FullName, assignment.Suite.ImplementationAssembly + ".dll");
            File.WriteAllBytes(studentAssembly, compiled.Assembly);
            var runFolder = Directory.CreateDirectory(Path.Combine(work.FullName, "run")).FullName;
            var channelFolder = Directory.CreateDirectory(Path.Combine(work.FullName, "channel")).FullName;
            var suite = new SuiteRunner(kit, language, containment).Run(studentAssembly, toRun, runFolder, channelFolder);

            return ReportBuilder.Build(assignment, language, compiled, suite.Exercises) with
            {
                Seconds = Math.Round(clock.Elapsed.TotalSeconds, 1),
                Notices = Notices(files, language),
                Containment = containment.Level,
                ForgedLines = suite.ForgedLines,
            };
        }
        finally
        {
            TryDelete(work.FullName);
        }
    }

    /// <summary>One line per file read as Windows-1252: it was graded, but should be saved as UTF-8.</summary>
    static IReadOnlyList<string>? Notices(IReadOnlyList<StudentFile> files, string language)
    {
        var notices = files.Where(f => f.Encoding == SourceEncoding.Windows1252)
            .Select(f => Localization.Texts.Of(language, nameof(Localization.Strings.NotUtf8), f.FoundAt)).ToList();
        return notices.Count > 0 ? notices : null;
    }

    static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
