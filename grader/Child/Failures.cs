using Attention.Grader.Localization;
using Attention.Grader.Results;

namespace Attention.Grader.Child;

/// <summary>
/// A failed test as a student reads it: "failed" when an assertion said what was expected (its
/// message is the suite's, in the student's language), "error" when the code threw on its own.
/// Either way the first line is the headline (see FailureText) and no native frame remains.
/// </summary>
public static class Failures
{
    public static (TestStatus Status, string Message) Describe(string language, string?[] exceptionTypes, string[] messages)
    {
        var type = exceptionTypes.FirstOrDefault() ?? "";
        var message = LibtorchErrors.WithoutNativeFrames(messages.FirstOrDefault() ?? "");
        if (IsAssertion(type)) return (TestStatus.Failed, message);
        var shortType = type[(type.LastIndexOf('.') + 1)..];
        return shortType switch
        {
            "NotImplementedException" => (TestStatus.Error, Texts.Of(language, nameof(Strings.NotImplemented), message)),
            "MissingMethodException" or "MissingFieldException" or "TypeLoadException" or "EntryPointNotFoundException"
                => (TestStatus.Error, Texts.Of(language, nameof(Strings.SignatureChanged), message)),
            _ => (TestStatus.Error, Explained(language, shortType, message)),
        };
    }

    /// <summary>An error the student's code raised: the explanation of a known libtorch error first, the original line after.</summary>
    static string Explained(string language, string shortType, string message)
    {
        var original = $"{shortType}: {message}";
        var firstLine = message.Split('\n', 2)[0];
        return LibtorchErrors.Explain(language, firstLine) is { } explanation ? explanation + "\n" + original : original;
    }

    static bool IsAssertion(string type) =>
        type.StartsWith("Xunit.", StringComparison.Ordinal)
        || type.StartsWith("FluentAssertions.", StringComparison.Ordinal)
        || type == FeedbackException;

    /// <summary>The suite's own student-facing failure: one message, no stack trace.</summary>
    const string FeedbackException = "Attention.Tests.Support.FeedbackException";
}
