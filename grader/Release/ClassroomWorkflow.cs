using Attention.Grader.Assignment;
using Attention.Grader.Localization;
using Attention.Grader.Reports;

namespace Attention.Grader.Release;

/// <summary>
/// The student repository's autograding workflow: the template .github/classroom/classroom.yml with
/// the exercises of assignment.json filled in (the runners, one env line each, and the outputs that
/// give 0 with the reason when the grader could not run), so that it is never kept by hand.
/// </summary>
public static class ClassroomWorkflow
{
    public static string TemplatePath(string kitRoot) => Path.Combine(kitRoot, ".github", "classroom", "classroom.yml");

    public static string Fill(string template, AssignmentSpec assignment, string language)
    {
        var runners = assignment.Exercises.Select(e => e.Id).ToList();
        var env = runners.Select(id => $"{EnvironmentName(id)}: ${{{{ steps.grade.outputs.{id} }}}}").ToList();
        var ungraded = ClassroomReport.UngradedOutputs(assignment, language, Texts.Of(language, nameof(Strings.ClassroomNotGraded)))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        var lines = template.Replace("\r\n", "\n").Split('\n').SelectMany(line => line.Trim() switch
        {
            "{{RUNNER_ENV}}" => Indented(line, env),
            "{{UNGRADED_OUTPUTS}}" => Indented(line, ungraded),
            _ => [line.Replace("{{RUNNERS}}", string.Join(",", runners))],
        });
        return string.Join("\n", lines);
    }

    /// <summary>The variable the reporter reads a runner's result from: its name in capitals, then _RESULTS.</summary>
    public static string EnvironmentName(string runner) => runner.ToUpperInvariant() + "_RESULTS";

    static IEnumerable<string> Indented(string placeholder, IEnumerable<string> lines)
    {
        var indent = placeholder[..(placeholder.Length - placeholder.TrimStart().Length)];
        return lines.Select(line => indent + line);
    }
}
