using Xunit.Sdk;
using Xunit.v3;

namespace Attention.Grader.Child;

/// <summary>
/// A test's name as reports show it: its method and theory arguments, without the class. These are
/// stable ids (goldens, Classroom, the class report): the suite's display names are sentences in the
/// student's language (see the suite's NamedTestFramework) and are not used here.
/// </summary>
public static class TestNames
{
    /// <summary>
    /// The name of <paramref name="testCase"/>; <paramref name="testDisplayName"/> is the name of one
    /// of its tests (a theory enumerated only when it runs has one test per row).
    /// </summary>
    public static string Of(ITestCase testCase, string testDisplayName, string? testClass)
    {
        if (testCase is not IXunitTestCase xunit) return Of(testDisplayName, testClass);
        if (xunit is XunitTestCase { TestMethodArguments: { Length: > 0 } arguments })
            return xunit.TestMethod.GetDisplayName(xunit.TestMethodName, null, arguments, null);
        // A theory enumerated at run time: its tests are named "<case's name>(arguments)".
        var rowArguments = testDisplayName.StartsWith(xunit.TestCaseDisplayName, StringComparison.Ordinal)
            ? testDisplayName[xunit.TestCaseDisplayName.Length..]
            : "";
        return xunit.TestMethodName + rowArguments;
    }

    /// <summary>A name without its test case: the display name, without the class.</summary>
    public static string Of(string displayName, string? testClass) =>
        testClass is not null && displayName.StartsWith(testClass + ".", StringComparison.Ordinal) ? displayName[(testClass.Length + 1)..] : displayName;
}
