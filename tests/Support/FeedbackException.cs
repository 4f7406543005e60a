namespace Attention.Tests.Support;

/// <summary>
/// A failed check as a student reads it: one message (its first line the headline), no stack trace,
/// so that `dotnet test` prints the message alone. The grader's child counts it as a failed assertion.
/// </summary>
public sealed class FeedbackException(string message) : Xunit.Sdk.XunitException(message)
{
    public override string? StackTrace => "";
}
