using Attention.Grader.Localization;

namespace Attention.Grader.Child;

/// <summary>
/// A failed test as a student reads it: "failed" when an assertion said what was expected (its
/// message is the suite's, in the student's language), "error" when the code threw on its own.
/// Either way the first line is the headline (see FailureText) and no native frame remains.
/// </summary>
public static class Failures
{
    public static (string Status, string Message) Describe(string?[] exceptionTypes, string[] messages)
    {
        var type = exceptionTypes.FirstOrDefault() ?? "";
        var message = LibtorchErrors.WithoutNativeFrames(messages.FirstOrDefault() ?? "");
        if (IsAssertion(type)) return ("failed", message);
        var shortType = type[(type.LastIndexOf('.') + 1)..];
        return shortType switch
        {
            "NotImplementedException" => ("error", Strings.Text("NotImplemented", message)),
            "MissingMethodException" or "MissingFieldException" or "TypeLoadException" or "EntryPointNotFoundException"
                => ("error", Strings.Text("SignatureChanged", message)),
            _ => ("error", Explained(shortType, message)),
        };
    }

    /// <summary>An error the student's code raised: the explanation of a known libtorch error first, the original line after.</summary>
    static string Explained(string shortType, string message)
    {
        var original = $"{shortType}: {message}";
        var firstLine = message.Split('\n', 2)[0];
        return LibtorchErrors.Explain(firstLine) is { } explanation ? explanation + "\n" + original : original;
    }

    static bool IsAssertion(string type) =>
        type.StartsWith("Xunit.", StringComparison.Ordinal)
        || type.StartsWith("FluentAssertions.", StringComparison.Ordinal)
        || type == FeedbackException;

    /// <summary>The suite's own student-facing failure: one message, no stack trace.</summary>
    const string FeedbackException = "Attention.Tests.Support.FeedbackException";
}
