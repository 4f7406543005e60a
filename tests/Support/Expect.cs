using FluentAssertions.Execution;

namespace Attention.Tests.Support;

/// <summary>Checks that are not about a tensor's values, failing with a student-facing message (Messages.resx).</summary>
public static class Expect
{
    public static void That(bool condition, string key, params object?[] args)
    {
        if (!condition) Execute.Assertion.FailWith(Feedback.Text(key, args).Replace("{", "{{").Replace("}", "}}"));
    }
}
