using Attention.Grader.Localization;
using Attention.Grader.Results;

namespace Attention.Grader.Child;

/// <summary>
/// A failed test as a student reads it: "failed" when an assertion said what was expected (its
/// message is the suite's, in the student's language), "error" when the code threw on its own.
/// </summary>
public static class Failures
{
    public static (TestStatus Status, string Message) Describe(string language, string?[] exceptionTypes, string[] messages)
    {
        var type = exceptionTypes.FirstOrDefault() ?? "";
        var message = messages.FirstOrDefault()?.Trim() ?? "";
        if (IsAssertion(type)) return (TestStatus.Failed, message);
        var shortType = type[(type.LastIndexOf('.') + 1)..];
        return shortType switch
        {
            "NotImplementedException" => (TestStatus.Error, Texts.Of(language, nameof(Strings.NotImplemented), message)),
            "MissingMethodException" or "MissingFieldException" or "TypeLoadException" or "EntryPointNotFoundException"
                => (TestStatus.Error, Texts.Of(language, nameof(Strings.SignatureChanged), message)),
            _ => (TestStatus.Error, $"{shortType}: {message}"),
        };
    }

    static bool IsAssertion(string type) =>
        type.StartsWith("Xunit.", StringComparison.Ordinal)
        || type.StartsWith("FluentAssertions.", StringComparison.Ordinal);
}
