using Attention.Grader.Assignment;
using Attention.Grader.Protocol;
using Attention.Grader.Results;

namespace Attention.Grader.Release;

/// <summary>
/// The student repository's README.md, in French: the template StudentReadme.md (next to this file,
/// so it reads as Markdown and is edited as such, every word of it) with the title and the rows of
/// the exercise table filled in from assignment.json.
/// </summary>
public static class StudentReadme
{
    public static string TemplatePath(string kitRoot) => Path.Combine(kitRoot, "grader", "Release", "StudentReadme.md");

    public static void Write(AssignmentSpec assignment, string target)
    {
        var template = File.ReadAllText(TemplatePath(assignment.Root));
        var text = template
            .Replace("{{TITRE}}", assignment.Title.Fr)
            .Replace("{{TOTAL}}", Scoring.Format(assignment.MaxScore))
            .Replace("{{EXERCICES}}", ExerciseTable(assignment))
            .Replace("{{REPONSES}}", assignment.AnswersFile ?? "student/REPONSES.md");
        File.WriteAllText(Path.Combine(target, "README.md"), text);
    }

    /// <summary>The rows of the table; its header and total are the template's.</summary>
    static string ExerciseTable(AssignmentSpec assignment) => string.Join("\n", assignment.Exercises.Select(e =>
        $"| `{e.Id}` | {e.Title.Fr} | {Scoring.Format(e.Points)} | `{e.File}` | `dotnet test --filter {ChildJob.ExerciseTrait}={e.Id}` |"));
}
