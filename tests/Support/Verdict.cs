namespace Attention.Tests.Support;

/// <summary>
/// Fails the current test with a student-facing message from Messages.resx: a first line that says what
/// differs, then (when given) the sentence <c>hint</c> on its own line, then the values.
/// </summary>
public static class Verdict
{
    /// <summary>Fails with the message <paramref name="key"/>; the hint goes on the second line.</summary>
    public static void FailWithHint(string? hint, string key, params object?[] args)
    {
        var lines = Feedback.Text(key, args).Split('\n').ToList();
        if (hint is not null) lines.Insert(1, Feedback.Text(hint));
        throw new FeedbackException(string.Join("\n", lines));
    }

    public static void Fail(string key, params object?[] args) => FailWithHint(null, key, args);

    public static void FailUnless(bool condition, string key, params object?[] args)
    {
        if (!condition) FailWithHint(null, key, args);
    }
}
