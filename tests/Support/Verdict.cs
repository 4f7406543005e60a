using FluentAssertions.Execution;

namespace Attention.Tests.Support;

/// <summary>
/// Fails the current test with a student-facing message from Messages.resx, so that no English
/// FluentAssertions text reaches students.
/// </summary>
public static class Verdict
{
    /// <summary>
    /// Fails with the message <paramref name="key"/>, after the sentence <paramref name="hint"/> if given:
    /// the first line is the headline a student reads first, the values come after.
    /// </summary>
    public static void FailWithHint(string? hint, string key, params object?[] args)
    {
        var message = Feedback.Text(key, args);
        if (hint is not null) message = Feedback.Text(hint) + "\n" + message;
        // FluentAssertions reads braces as placeholders: the text is already formatted.
        Execute.Assertion.FailWith(message.Replace("{", "{{").Replace("}", "}}"));
    }

    public static void Fail(string key, params object?[] args) => FailWithHint(null, key, args);

    public static void FailUnless(bool condition, string key, params object?[] args)
    {
        if (!condition) FailWithHint(null, key, args);
    }
}
