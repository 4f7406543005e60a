using System.Diagnostics;
using Attention.Grader.Assignment;
using Attention.Grader.Compilation;
using Attention.Grader.Execution;
using Attention.Grader.Results;
using Attention.Grader.Submission;

namespace Attention.Grader.Grading;

/// <summary>
/// Grades one submission: takes the student's files, compiles them (the allow-list included),
/// runs the suite in a child process and scores. Works in a temporary folder, removed afterwards;
/// the submission itself is only read.
/// </summary>
public sealed class SubmissionGrader(Kit kit, string language)
{
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
            var suite = new SuiteRunner(kit, language).Run(studentAssembly, toRun, runFolder);

            return ReportBuilder.Build(assignment, language, compiled, suite.Exercises) with
            {
                Seconds = Math.Round(clock.Elapsed.TotalSeconds, 1),
                ForgedLines = suite.ForgedLines,
            };
        }
        finally
        {
            TryDelete(work.FullName);
        }
    }

    static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
