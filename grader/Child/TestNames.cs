namespace Attention.Grader.Child;

/// <summary>A test's name as reports show it: its method (and theory arguments), without the class.</summary>
public static class TestNames
{
    public static string Of(string displayName, string? testClass) =>
        testClass is not null && displayName.StartsWith(testClass + ".", StringComparison.Ordinal) ? displayName[(testClass.Length + 1)..] : displayName;
}
