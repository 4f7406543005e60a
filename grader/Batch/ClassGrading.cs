using Attention.Grader.Assignment;
using Attention.Grader.Grading;
using Attention.Grader.Reports;
using Attention.Grader.Results;

namespace Attention.Grader.Batch;

/// <summary>What became of one submission: its grade (with Error set when it could not be graded) and whether it was skipped.</summary>
public sealed record SubmissionOutcome(string Name, GradeReport Report, bool Skipped)
{
    public string Reason => Report.Error ?? "";
}

/// <summary>
/// Grades every subfolder of a class folder, a few at a time, into REPORT/&lt;name&gt;/ (grade.json,
/// feedback.md, hash.txt). A submission whose files have not changed since it was last graded is
/// read back instead of graded again, unless forced. One submission's failure is its own row: it
/// never stops the others.
/// </summary>
public sealed class ClassGrading(Kit kit, string language, string reportFolder, bool force)
{
    const string GradeFile = "grade.json", FeedbackFile = "feedback.md", HashFile = "hash.txt";

    readonly string _kitFingerprint = SubmissionHash.OfKit(kit, language);

    /// <summary>The submissions of a class: its subfolders sorted by name, the report's own folder left out.</summary>
    public static IReadOnlyList<string> Submissions(string classFolder, string reportFolder)
    {
        var report = Path.TrimEndingDirectorySeparator(Path.GetFullPath(reportFolder));
        return new DirectoryInfo(classFolder).EnumerateDirectories()
            .Where(d => !d.Name.StartsWith('.') && Path.TrimEndingDirectorySeparator(d.FullName) != report)
            .Select(d => d.FullName)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Grades them with at most `jobs` at once; `done` is called (from any thread) as each one ends.</summary>
    public IReadOnlyList<SubmissionOutcome> Run(IReadOnlyList<string> submissions, int jobs, Action<SubmissionOutcome> done)
    {
        var outcomes = new SubmissionOutcome[submissions.Count];
        Parallel.For(0, submissions.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
        {
            outcomes[i] = One(submissions[i]);
            done(outcomes[i]);
        });
        return outcomes;
    }

    SubmissionOutcome One(string submission)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(submission));
        var folder = Path.Combine(reportFolder, name);
        try
        {
            var hash = SubmissionHash.Of(submission, _kitFingerprint);
            var previous = force ? null : Previous(folder, hash);
            if (previous is not null) return new SubmissionOutcome(name, previous, Skipped: true);

            var (report, final) = Grade(submission);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, GradeFile), report.ToJson());
            File.WriteAllText(Path.Combine(folder, FeedbackFile), report.ToMarkdown());
            // Written last, and only for a final verdict: an interrupted run or an internal error is graded again next time.
            var hashFile = Path.Combine(folder, HashFile);
            if (final) File.WriteAllText(hashFile, hash + "\n");
            else File.Delete(hashFile);
            return new SubmissionOutcome(name, report, Skipped: false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Even writing its report failed (a full disk, say): the row still says why.
            return new SubmissionOutcome(name, Failed(Reason(e)), Skipped: false);
        }
    }

    /// <summary>
    /// The grade, and whether it is final: a refused submission is (the same files are refused
    /// again); a failure of the kit or the machine is not, so the next run grades it again.
    /// </summary>
    (GradeReport Report, bool Final) Grade(string submission)
    {
        try
        {
            return (new SubmissionGrader(kit, language).Grade(submission), true);
        }
        catch (InputRefusedException e)
        {
            return (Failed(e.Describe(language)), true);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (Failed(Reason(e)), false);
        }
    }

    GradeReport? Previous(string folder, string hash)
    {
        var hashFile = Path.Combine(folder, HashFile);
        var gradeFile = Path.Combine(folder, GradeFile);
        if (!File.Exists(hashFile) || !File.Exists(gradeFile) || File.ReadAllText(hashFile).Trim() != hash) return null;
        try { return JsonReport.FromJson(File.ReadAllText(gradeFile)); }
        catch (System.Text.Json.JsonException) { return null; }
    }

    GradeReport Failed(string reason) => GradeReport.Failed(reason, kit.Assignment.MaxScore) with
    {
        Assignment = kit.Assignment.Title.In(language),
        Language = language,
    };

    string Reason(Exception e) => GraderException.Describe(language, e);
}
