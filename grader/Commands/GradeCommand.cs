using System.CommandLine;
using Attention.Grader.Assignment;
using Attention.Grader.Grading;
using Attention.Grader.Localization;
using Attention.Grader.Reports;
using Attention.Grader.Results;
using Spectre.Console;

namespace Attention.Grader.Commands;

/// <summary>`grade [PATH]`: grades one submission and writes the reports asked for. Exit 0 whenever grading ran.</summary>
public static class GradeCommand
{
    public static Command Create(string language)
    {
        var path = new Argument<string?>("PATH") { Description = Texts.Of(language, nameof(Strings.PathDescription)), Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<string?>("--json") { Description = Texts.Of(language, nameof(Strings.JsonDescription)) };
        var markdown = new Option<string?>("--markdown") { Description = Texts.Of(language, nameof(Strings.MarkdownDescription)) };
        var classroom = new Option<bool>("--classroom") { Description = Texts.Of(language, nameof(Strings.ClassroomDescription)) };
        var gradescope = new Option<string?>("--gradescope") { Description = Texts.Of(language, nameof(Strings.GradescopeDescription)) };
        var languageOption = CommandLine.LanguageOption(language);

        var command = new Command("grade", Texts.Of(language, nameof(Strings.GradeDescription))) { path, json, markdown, classroom, gradescope, languageOption };
        command.SetAction(parsed => Run(new GradeRequest(
            parsed.GetValue(path), parsed.GetValue(json), parsed.GetValue(markdown),
            parsed.GetValue(classroom), parsed.GetValue(gradescope), parsed.GetValue(languageOption)!)));
        return command;
    }

    public sealed record GradeRequest(string? Path, string? Json, string? Markdown, bool Classroom, string? Gradescope, string Language);

    static int Run(GradeRequest request)
    {
        var console = AnsiConsole.Console;
        Kit? kit = null;
        return CommandOutcome.Run(request.Language, () =>
        {
            kit = Kit.Open();
            var submission = request.Path ?? AssignmentLoader.FindRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
            console.MarkupLine($"[grey]{Markup.Escape(Texts.Of(request.Language, nameof(Strings.Grading), submission))}[/]");
            var report = new Grading.SubmissionGrader(kit, request.Language).Grade(submission);
            StudentOutput.Write(report, console);
            ConsoleReport.Write(report, console);
            foreach (var write in ReportWriters(report, request, kit.Assignment.Exercises)) write();
            return 0;
        },
        // Grading did not run: every report asked for still says what went wrong.
        message =>
        {
            var failed = GradeReport.Failed(message, kit?.Assignment.MaxScore ?? 0) with
            {
                Assignment = kit?.Assignment.Title.In(request.Language),
                Language = request.Language,
            };
            foreach (var write in ReportWriters(failed, request, kit?.Assignment.Exercises ?? []))
            {
                try { write(); }
                catch (GraderException) { }
            }
        });
    }

    /// <summary>Written by the grader once the student's process has ended: student code never writes a report.</summary>
    static IEnumerable<Action> ReportWriters(GradeReport report, GradeRequest request, IReadOnlyList<ExerciseSpec> exercises)
    {
        if (request.Json is not null) yield return () => Write(request.Json, report.ToJson());
        if (request.Markdown is not null) yield return () => Write(request.Markdown, report.ToMarkdown(), append: true);
        if (request.Gradescope is not null) yield return () => Write(request.Gradescope, report.ToGradescopeJson());
        if (request.Classroom)
            yield return () =>
            {
                var output = Environment.GetEnvironmentVariable("GITHUB_OUTPUT");
                if (string.IsNullOrEmpty(output)) throw new InputRefusedException(nameof(Strings.NoGithubOutput));
                Write(output, report.ToClassroomOutputs(exercises), append: true);
            };
    }

    static void Write(string path, string text, bool append = false)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null) Directory.CreateDirectory(folder);
            if (append) File.AppendAllText(path, text);
            else File.WriteAllText(path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KitFailureException(nameof(Strings.CannotWrite), path, e.Message);
        }
    }
}
