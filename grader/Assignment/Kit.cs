using Attention.Grader.Localization;

namespace Attention.Grader.Assignment;

/// <summary>
/// The kit a grading runs in: its assignment.json, the suite built next to the grader, and the
/// grader assembly that the child process runs (this one, unless a test points at a build output).
/// </summary>
public sealed record Kit(AssignmentSpec Assignment, string SuiteAssembly, string ChildAssembly)
{
    public const string AllowListOffVariable = "ATTENTION_ALLOWLIST";

    public static Kit Open(string? graderFolder = null)
    {
        graderFolder ??= AppContext.BaseDirectory;
        var root = AssignmentLoader.FindRoot(graderFolder) ?? AssignmentLoader.FindRoot(Directory.GetCurrentDirectory())
            ?? throw new KitFailureException(nameof(Strings.KitNotFound));
        var assignment = AssignmentLoader.Load(root);
        // The kit's own attack tests drive the real command line with the list off, so that the attacks
        // reach the OS jail. Only whoever starts the grader sets it: student code never sees its environment.
        if (Environment.GetEnvironmentVariable(AllowListOffVariable) == "off")
            assignment = assignment with { AllowList = assignment.AllowList with { Enabled = false } };
        var suite = Path.Combine(graderFolder, "suite", Path.GetFileNameWithoutExtension(assignment.Suite.Project) + ".dll");
        if (!File.Exists(suite)) throw new KitFailureException(nameof(Strings.SuiteMissing), suite);
        return new Kit(assignment, suite, Path.Combine(graderFolder, typeof(Kit).Assembly.GetName().Name + ".dll"));
    }
}
