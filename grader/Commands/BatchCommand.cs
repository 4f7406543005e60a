using System.CommandLine;
using Attention.CommandLineLanguage;
using Attention.Grader.Assignment;
using Attention.Grader.Batch;
using Attention.Grader.Localization;
using Attention.Grader.Reports;
using Spectre.Console;

namespace Attention.Grader.Commands;

/// <summary>`batch DIR --out REPORT [--jobs N] [--force]`: grades a whole class into a report folder. Exit 0 whenever the batch ran.</summary>
public static class BatchCommand
{
    public static Command Create(string language)
    {
        var folder = new Argument<string>("DIR") { Description = Texts.Of(language, nameof(Strings.BatchFolderDescription)) };
        var output = new Option<string>("--out") { Description = Texts.Of(language, nameof(Strings.BatchOutDescription)) };
        var jobs = new Option<int>("--jobs") { Description = Texts.Of(language, nameof(Strings.BatchJobsDescription)), DefaultValueFactory = _ => 2,
            CustomParser = WholeNumber.Parser(Texts.Of(language, nameof(Strings.IntegerExpected))) };
        var force = new Option<bool>("--force") { Description = Texts.Of(language, nameof(Strings.BatchForceDescription)) };
        var unsandboxed = new Option<bool>("--unsandboxed") { Description = Texts.Of(language, nameof(Strings.BatchUnsandboxedDescription)) };
        var languageOption = CommandLine.LanguageOption(language);

        var command = new Command("batch", Texts.Of(language, nameof(Strings.BatchDescription))) { folder, output, jobs, force, unsandboxed, languageOption };
        // Checked here rather than with Required: System.CommandLine 2.0.0's French resources lack that message.
        command.Validators.Add(result =>
        {
            if (result.GetResult(output) is null) result.AddError(Texts.Of(language, nameof(Strings.BatchOutRequired)));
        });
        command.SetAction(parsed => Run(new BatchRequest(
            parsed.GetValue(folder)!, parsed.GetValue(output)!, parsed.GetValue(jobs), parsed.GetValue(force), parsed.GetValue(languageOption)!,
            parsed.GetValue(unsandboxed))));
        return command;
    }

    public sealed record BatchRequest(string Folder, string Out, int Jobs, bool Force, string Language, bool Unsandboxed = false);

    static int Run(BatchRequest request)
    {
        return CommandOutcome.Run(request.Language, () =>
        {
            try
            {
                return Grade(request);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine(Texts.Of(request.Language, nameof(Strings.CannotWrite), request.Out, e.Message));
                return 1;
            }
        });
    }

    /// <summary>Per-submission errors are rows of the gradebook; what escapes here is the batch's own failure.</summary>
    static int Grade(BatchRequest request)
    {
        if (!Directory.Exists(request.Folder)) throw new InputRefusedException(nameof(Strings.BatchNotAFolder), request.Folder);
        if (request.Jobs < 1) throw new InputRefusedException(nameof(Strings.BatchJobsInvalid), request.Jobs);
        // A class is other people's code: never graded outside a jail unless the instructor says so.
        var containment = Sandbox.Containment.OfMachine;
        if (containment.Level == Sandbox.ContainmentLevel.None && !request.Unsandboxed) throw new InputRefusedException(nameof(Strings.BatchNeedsJail));
        var kit = Kit.Open();
        var reportFolder = Directory.CreateDirectory(request.Out).FullName;
        var submissions = ClassGrading.Submissions(request.Folder, reportFolder);
        var grading = new ClassGrading(kit, request.Language, reportFolder, request.Force, containment);
        Console.WriteLine(containment.Describe(request.Language));
        if (grading.Interrupted() is { Count: > 0 } interrupted)
            Console.WriteLine(TerminalText.Line(Texts.Of(request.Language, nameof(Strings.BatchResumed), string.Join(", ", interrupted))));
        var outcomes = WithProgress(request.Language, submissions.Count, done => grading.Run(submissions, request.Jobs, done));

        var gradebookFile = Path.Combine(reportFolder, Gradebook.FileName);
        var written = Gradebook.WrittenMarks(gradebookFile);
        var ids = kit.Assignment.Exercises.Select(e => e.Id).ToList();
        File.WriteAllText(gradebookFile, Gradebook.From(ids, outcomes, written).ToCsv());
        ClassReport.Write(reportFolder, kit.Assignment, request.Language, outcomes, containment);
        grading.Completed();

        var skipped = outcomes.Count(o => o.Skipped);
        Console.WriteLine(Texts.Of(request.Language, nameof(Strings.BatchSummary), outcomes.Count - skipped, skipped, reportFolder));
        return 0;
    }

    /// <summary>A progress bar on a terminal; one plain line per submission when the output is redirected (CI, a log file).</summary>
    static T WithProgress<T>(string language, int count, Func<Action<SubmissionOutcome>, T> work)
    {
        var finished = 0;
        // A folder's name and a refusal's reason are the students': shown, never obeyed by the terminal.
        string Line(SubmissionOutcome o)
        {
            var n = Interlocked.Increment(ref finished);
            return TerminalText.Line(o.Skipped ? Texts.Of(language, nameof(Strings.BatchSkipped), n, count, o.Name)
                : o.Report.Error is { } error ? Texts.Of(language, nameof(Strings.BatchFailed), n, count, o.Name, error)
                : Texts.Of(language, nameof(Strings.BatchGraded), n, count, o.Name, o.Report.Score, o.Report.MaxScore));
        }

        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            var gate = new object();
            return work(o => { var line = Line(o); lock (gate) Console.WriteLine(line); });
        }
        return AnsiConsole.Progress().Start(context =>
        {
            var task = context.AddTask(Markup.Escape(Texts.Of(language, nameof(Strings.BatchProgress), count)), maxValue: Math.Max(1, count));
            return work(o =>
            {
                AnsiConsole.MarkupLine(Markup.Escape(Line(o)));
                task.Increment(1);
            });
        });
    }
}
