using System.Text.Json;
using Attention.AllowList;
using Attention.Grader.Localization;

namespace Attention.Grader.Assignment;

/// <summary>Finds and reads assignment.json, and checks it is coherent before anything is graded.</summary>
public static class AssignmentLoader
{
    /// <summary>The nearest folder holding assignment.json, from <paramref name="start"/> upwards.</summary>
    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, AssignmentSpec.FileName))) return dir.FullName;
        return null;
    }

    public static AssignmentSpec Load(string root)
    {
        var path = Path.Combine(root, AssignmentSpec.FileName);
        var text = File.ReadAllText(path);
        AssignmentSpec? spec;
        AllowListSpec allowList;
        try
        {
            spec = JsonSerializer.Deserialize<AssignmentSpec>(text, AssignmentSpec.Json);
            allowList = AllowListSpec.Parse(text);
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            throw new KitFailureException(nameof(Strings.AssignmentInvalid), path, e.Message);
        }
        if (spec is null) throw new KitFailureException(nameof(Strings.AssignmentNoExercises), path);
        spec = spec with { Root = root, AllowList = allowList };
        Validate(spec, path);
        return spec;
    }

    static void Validate(AssignmentSpec spec, string path)
    {
        void Require(bool condition, string key, params object[] args)
        {
            if (!condition) throw new KitFailureException(key, [path, .. args]);
        }

        Require(spec.Exercises.Count > 0, nameof(Strings.AssignmentNoExercises));
        Require(spec.Exercises.Select(e => e.Id).Distinct().Count() == spec.Exercises.Count, nameof(Strings.AssignmentDuplicateIds));
        Require(Math.Abs(spec.Exercises.Sum(e => e.Points) - spec.MaxScore) < 1e-9, nameof(Strings.AssignmentPointsDoNotAddUp), spec.MaxScore);
        foreach (var exercise in spec.Exercises)
        {
            Require(spec.StudentFiles.Any(f => f.Path == exercise.File), nameof(Strings.AssignmentFileNotStudent), exercise.Id, exercise.File);
            Require(exercise.TimeLimitSeconds > 0 && exercise.Points >= 0, nameof(Strings.AssignmentLimits), exercise.Id);
        }
    }
}
