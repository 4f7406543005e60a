using System.Text.Json;
using System.Text.Json.Serialization;
using Attention.AllowList;

namespace Attention.Grader.Assignment;

/// <summary>assignment.json: the exercises, their points and tests, the student's files, the limits.</summary>
public sealed record AssignmentSpec
{
    public const string FileName = "assignment.json";

    public required string Id { get; init; }
    public required LocalizedText Title { get; init; }
    public required double MaxScore { get; init; }
    public required IReadOnlyList<StudentFileSpec> StudentFiles { get; init; }
    public string? AnswersFile { get; init; }
    public required SuiteSpec Suite { get; init; }
    public LimitsSpec Limits { get; init; } = new();
    public required IReadOnlyList<ExerciseSpec> Exercises { get; init; }
    public IReadOnlyList<string> HiddenTestFiles { get; init; } = [];

    /// <summary>allowList and forbiddenApis (with studentFiles and the exercises' members) as the
    /// allow-list rule reads them: its own parser, the one the student's analyzer uses too.</summary>
    [JsonIgnore] public AllowListSpec AllowList { get; init; } = AllowListSpec.Empty;

    /// <summary>The folder that holds assignment.json: the kit, or a released student repository.</summary>
    [JsonIgnore] public string Root { get; init; } = "";

    public ExerciseSpec Exercise(string id) => Exercises.Single(e => e.Id == id);

    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };
}

public sealed record LocalizedText(string Fr, string En)
{
    public string In(string language) => language == "en" ? En : Fr;
}

/// <summary>A file the student may change, and the stub that replaces it when it does not compile.</summary>
public sealed record StudentFileSpec(string Path, string Stub)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}

/// <summary>The grading suite: the test project, and the assembly name the student's code must have.</summary>
public sealed record SuiteSpec(string Project, string ImplementationAssembly);

public sealed record LimitsSpec
{
    public int MemoryMegabytes { get; init; } = 2048;
    public int OutputKilobytes { get; init; } = 64;
    public int CompileSeconds { get; init; } = 60;
}

public sealed record ExerciseSpec
{
    public required string Id { get; init; }
    public required LocalizedText Title { get; init; }
    public required double Points { get; init; }
    /// <summary>The student file that holds the exercise.</summary>
    public required string File { get; init; }
    /// <summary>`Type.Member` or `Type`: the code of the exercise, for the allow-list.</summary>
    public IReadOnlyList<string> Members { get; init; } = [];
    public int TimeLimitSeconds { get; init; } = 30;
}
