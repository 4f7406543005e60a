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
    public static Command Create()
    {
        var path = new Argument<string?>("PATH") { Description = Strings.Text("PathDescription"), Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<string?>("--json") { Description = Strings.Text("JsonDescription") };
        var markdown = new Option<string?>("--markdown") { Description = Strings.Text("MarkdownDescription") };
        var classroom = new Option<bool>("--classroom") { Description = Strings.Text("ClassroomDescription") };
        var gradescope = new Option<string?>("--gradescope") { Description = Strings.Text("GradescopeDescription") };
        var language = CommandLine.LanguageOption();

        var command = new Command("grade", Strings.Text("GradeDescription")) { path, json, markdown, classroom, gradescope, language };
        command.SetAction(parsed => Run(new GradeRequest(
            parsed.GetValue(path), parsed.GetValue(json), parsed.GetValue(markdown),
            parsed.GetValue(classroom), parsed.GetValue(gradescope), parsed.GetValue(language)!)));
        return command;
    }

    public sealed record GradeRequest(string? Path, string? Json, string? Markdown, bool Classroom, string? Gradescope, string Language);

    static int Run(GradeRequest request)
    {
        Strings.Language = request.Language;
        var console = AnsiConsole.Console;
        return CommandOutcome.Run(() =>
        {
            var kit = Kit.Open();
            var submission = request.Path ?? AssignmentLoader.FindRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
            console.MarkupLine($"[grey]{Markup.Escape(Strings.Text("Grading", submission))}[/]");
            // A student grading their own code runs with what the machine has, and is told once.
            var containment = Sandbox.Containment.OfMachine;
            console.MarkupLine($"[grey]{Markup.Escape(containment.Describe())}[/]");
            var report = new Grading.SubmissionGrader(kit, request.Language, containment).Grade(submission);
            StudentOutput.Write(report, console);
            ConsoleReport.Write(report, console);
            WriteReports(report, request);
            return 0;
        },
        // An internal error still leaves a results file that says what went wrong.
        message =>
        {
            if (request.Json is not null) TryWrite(request.Json, new GradeReport { Score = 0, MaxScore = 0, Exercises = [], Error = message }.ToJson());
        });
    }

    /// <summary>Written by the grader once the student's process has ended: student code never writes a report.</summary>
    static void WriteReports(GradeReport report, GradeRequest request)
    {
        if (request.Json is not null) Write(request.Json, report.ToJson());
        if (request.Markdown is not null) Write(request.Markdown, report.ToMarkdown(), append: true);
        if (request.Gradescope is not null) Write(request.Gradescope, report.ToGradescopeJson());
        if (request.Classroom)
        {
            var output = Environment.GetEnvironmentVariable("GITHUB_OUTPUT");
            if (string.IsNullOrEmpty(output)) throw new GraderException("NoGithubOutput");
            Write(output, report.ToClassroomOutputs(), append: true);
        }
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
            throw new GraderException("CannotWrite", path, e.Message);
        }
    }

    static void TryWrite(string path, string text)
    {
        try { File.WriteAllText(path, text); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
