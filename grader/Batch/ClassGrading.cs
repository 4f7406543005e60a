using Attention.Grader.Assignment;
using Attention.Grader.Grading;
using Attention.Grader.Reports;
using Attention.Grader.Results;
using Attention.Grader.Sandbox;

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
/// never stops the others. The report is the grader's: a cached verdict is read back only when its
/// hash file carries the grader's HMAC of it (see ReportKey); the submissions being graded are noted
/// in REPORT/.in-progress, so that a batch stopped halfway says where it stopped.
/// </summary>
public sealed class ClassGrading(Kit kit, string language, string reportFolder, bool force, Containment? containment = null)
{
    const string GradeFile = "grade.json", FeedbackFile = "feedback.md", HashFile = "hash.txt";
    public const string InProgressFile = ".in-progress";

    readonly string _kitFingerprint = SubmissionHash.OfKit(kit, language);
    readonly byte[] _key = ReportKey.Load(ReportKey.DefaultFile, reportFolder);
    readonly Containment _containment = containment ?? Containment.OfMachine;
    readonly SortedSet<string> _inProgress = new(StringComparer.Ordinal);

    /// <summary>The submissions a previous batch was grading when it stopped (empty when it ended normally).</summary>
    public IReadOnlyList<string> Interrupted()
    {
        var file = Path.Combine(reportFolder, InProgressFile);
        return File.Exists(file) ? File.ReadAllLines(file).Where(l => l.Length > 0).ToList() : [];
    }

    /// <summary>The batch ended: nothing was left halfway.</summary>
    public void Completed() => File.Delete(Path.Combine(reportFolder, InProgressFile));

    void Note(string name, bool started)
    {
        lock (_inProgress)
        {
            if (started) _inProgress.Add(name); else _inProgress.Remove(name);
            File.WriteAllLines(Path.Combine(reportFolder, InProgressFile), _inProgress);
        }
    }

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
        // Its report folder would be one of the class report's files: its row says why, nothing is written for it.
        if (ReservedNames.Contains(name))
            return new SubmissionOutcome(name, Failed(new InputRefusedException(nameof(Localization.Strings.ReservedSubmissionName), name).Describe(language)), Skipped: false);
        var folder = Path.Combine(reportFolder, name);
        try
        {
            // A folder the reader's rule refuses (a link, too many files…) is refused before anything is read: graded again each time, cheaply.
            var (hash, refusal) = Fingerprint(submission);
            var previous = force || hash is null ? null : Previous(folder, hash);
            if (previous is not null) return new SubmissionOutcome(name, previous, Skipped: true);

            Note(name, started: true);
            var (report, final) = refusal is null ? Grade(submission) : (Failed(refusal), false);
            Directory.CreateDirectory(folder);
            var hashFile = Path.Combine(folder, HashFile);
            File.Delete(hashFile);
            var json = report.ToJson();
            File.WriteAllText(Path.Combine(folder, GradeFile), json);
            File.WriteAllText(Path.Combine(folder, FeedbackFile), report.ToMarkdown());
            // Written last, and only for a final verdict: an interrupted run or an internal error is graded again next time.
            if (final && hash is not null) File.WriteAllText(hashFile, hash + "\n" + ReportKey.Sign(_key, hash, json) + "\n");
            Note(name, started: false);
            return new SubmissionOutcome(name, report, Skipped: false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Even writing its report failed (a full disk, say): the row still says why.
            return new SubmissionOutcome(name, Failed(Reason(e)), Skipped: false);
        }
    }

    /// <summary>REPORT/&lt;name&gt;/ must not be one of the class report's own files: a folder named grades.csv would stop the whole batch.</summary>
    static readonly HashSet<string> ReservedNames = new([Gradebook.FileName, .. ClassReport.OwnFiles], StringComparer.OrdinalIgnoreCase);

    (string? Hash, string? Refusal) Fingerprint(string submission)
    {
        if (new DirectoryInfo(submission).LinkTarget is not null)
            return (null, new InputRefusedException(nameof(Localization.Strings.LinkInSubmission), Path.GetFileName(submission)).Describe(language));
        try { return (SubmissionHash.Of(submission, _kitFingerprint), null); }
        catch (InputRefusedException e) { return (null, e.Describe(language)); }
    }

    /// <summary>
    /// The grade, and whether it is final: a refused submission is (the same files are refused
    /// again); a failure of the kit or the machine is not, so the next run grades it again.
    /// </summary>
    (GradeReport Report, bool Final) Grade(string submission)
    {
        try
        {
            return (new SubmissionGrader(kit, language, _containment).Grade(submission), true);
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
        if (!File.Exists(hashFile) || !File.Exists(gradeFile)) return null;
        var lines = File.ReadAllLines(hashFile);
        if (lines.Length < 2 || lines[0] != hash) return null;
        // Only a verdict the grader itself wrote: grade.json unchanged since, under the grader's key.
        var json = File.ReadAllText(gradeFile);
        if (!ReportKey.Verify(_key, hash, json, lines[1])) return null;
        try { return JsonReport.FromJson(json); }
        catch (System.Text.Json.JsonException) { return null; }
    }

    GradeReport Failed(string reason) => GradeReport.Failed(reason, kit.Assignment.MaxScore) with
    {
        Assignment = kit.Assignment.Title.In(language),
        Language = language,
    };

    string Reason(Exception e) => GraderException.Describe(language, e);
}
