using Attention.Grader.Localization;

namespace Attention.Grader.Child;

/// <summary>
/// A failed test as a student reads it: "failed" when an assertion said what was expected (its
/// message is the suite's, in the student's language), "error" when the code threw on its own.
/// </summary>
public static class Failures
{
    public static (string Status, string Message) Describe(string?[] exceptionTypes, string[] messages)
    {
        var type = exceptionTypes.FirstOrDefault() ?? "";
        var message = messages.FirstOrDefault()?.Trim() ?? "";
        if (IsAssertion(type)) return ("failed", message);
        var shortType = type[(type.LastIndexOf('.') + 1)..];
        return shortType switch
        {
            "NotImplementedException" => ("error", Strings.Text("NotImplemented", message)),
            // The matmul shape check (build/Interceptors): its message names the shapes and the rule.
            "MatmulShapeException" => ("error", message),
            "MissingMethodException" or "MissingFieldException" or "TypeLoadException" or "EntryPointNotFoundException"
                => ("error", Strings.Text("SignatureChanged", message)),
            _ => ("error", $"{shortType}: {message}"),
        };
    }

    static bool IsAssertion(string type) =>
        type.StartsWith("Xunit.", StringComparison.Ordinal)
        || type.StartsWith("FluentAssertions.", StringComparison.Ordinal);
}
