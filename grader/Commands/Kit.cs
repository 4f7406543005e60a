using Attention.Grader.Assignment;

namespace Attention.Grader.Commands;

/// <summary>The kit this grader belongs to: its assignment.json and the suite built next to the grader.</summary>
public static class Kit
{
    public static (AssignmentSpec Assignment, string SuiteAssembly) Open()
    {
        var root = AssignmentLoader.FindKitRoot() ?? throw new GraderException("KitNotFound");
        var assignment = AssignmentLoader.Load(root);
        var suite = Path.Combine(AppContext.BaseDirectory, "suite", Path.GetFileNameWithoutExtension(assignment.Suite.Project) + ".dll");
        if (!File.Exists(suite)) throw new GraderException("SuiteMissing", suite);
        return (assignment, suite);
    }
}
