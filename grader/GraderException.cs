using Attention.Grader.Localization;

namespace Attention.Grader;

/// <summary>
/// Grading could not run, with a one-line message for the user (Strings.resx). Two kinds, two
/// types: <see cref="InputRefusedException"/> (the input is bad: exit 2, and the same input is
/// refused again) and <see cref="KitFailureException"/> (the kit or the machine failed: exit 1,
/// worth trying again).
/// </summary>
public abstract class GraderException(string messageKey, object?[] args) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;
    public object?[] Args { get; } = args;

    public string Describe(string language) => Texts.Of(language, MessageKey, Args);

    /// <summary>Any failure as one line: a GraderException's own message, else the type and first line of an unexpected exception.</summary>
    public static string Describe(string language, Exception e) => e is GraderException known
        ? known.Describe(language)
        : Texts.Of(language, nameof(Strings.InternalError), e.GetType().Name + ": " + e.Message.Split('\n')[0]);
}

/// <summary>The submission or the command line is refused: a final verdict on that input (exit 2).</summary>
public sealed class InputRefusedException(string messageKey, params object?[] args) : GraderException(messageKey, args);

/// <summary>The kit or the machine failed (the suite did not start, the stubs do not compile, a disk is full): not the submission's fault (exit 1).</summary>
public sealed class KitFailureException(string messageKey, params object?[] args) : GraderException(messageKey, args);
