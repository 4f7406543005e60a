using Attention.Grader.Localization;

namespace Attention.Grader;

/// <summary>Grading could not run: a one-line message for the user (Strings.resx), and a non-zero exit.</summary>
public sealed class GraderException(string messageKey, params object?[] args) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;
    public object?[] Args { get; } = args;

    public string Describe() => Strings.Text(MessageKey, Args);
}
