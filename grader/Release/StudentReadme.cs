using System.Globalization;
using Attention.Grader.Assignment;

namespace Attention.Grader.Release;

/// <summary>
/// The student repository's README.md, in French: the template StudentReadme.md (next to this file,
/// so it reads as Markdown and is edited as such) with the title and the exercise table filled in
/// from assignment.json.
/// </summary>
public static class StudentReadme
{
    public static string TemplatePath(string kitRoot) => Path.Combine(kitRoot, "grader", "Release", "StudentReadme.md");

    public static void Write(AssignmentSpec assignment, string target)
    {
        var template = File.ReadAllText(TemplatePath(assignment.Root));
        var text = template
            .Replace("{{TITRE}}", assignment.Title.Fr)
            .Replace("{{TOTAL}}", Number(assignment.MaxScore))
            .Replace("{{EXERCICES}}", ExerciseTable(assignment))
            .Replace("{{REPONSES}}", assignment.AnswersFile ?? "student/REPONSES.md");
        File.WriteAllText(Path.Combine(target, "README.md"), text);
    }

    static string ExerciseTable(AssignmentSpec assignment)
    {
        var rows = assignment.Exercises.Select(e =>
            $"| `{e.Id}` | {e.Title.Fr} | {Number(e.Points)} | `{e.File}` | `{e.TestClass.Split('.')[^1]}` |");
        return string.Join("\n", [
            "| id | exercice | points | fichier | tests |",
            "|---|---|---|---|---|",
            .. rows,
            $"| | **Total** | **{Number(assignment.MaxScore)}** | | |",
        ]);
    }

    static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
