using System.Diagnostics;
using System.Reflection;
using Attention.Lab.Printing;
using Attention.Lab.RealModel;
using Attention.Lab.Sections;

namespace Attention.Lab.Cli;

/// <summary>
/// What a student reads when a section fails: the exercise still to do (the stub's own French
/// message), or the error and where it happened in their code. Never a stack trace.
/// </summary>
internal static class FailureReport
{
    public static IEnumerable<string> Describe(string section, Exception exception, AttentionImplementation implementation)
    {
        var cause = Unwrap(exception);
        if (cause is ModelUnavailableException or RealModelRequestException)
        {
            yield return cause.Message; // already one line, in the student's language
            yield break;
        }
        if (cause is WrongResultException)
        {
            yield return Formatting.Format(Strings.WrongResult, section, cause.Message);
            yield return Formatting.Format(Strings.UnfinishedHint, section);
            yield break;
        }
        if (cause is NotImplementedException)
        {
            yield return Formatting.Format(Strings.Unfinished, section, cause.Message);
            yield return Formatting.Format(Strings.UnfinishedHint, section);
            yield break;
        }
        var frame = FrameIn(cause, StudentAssemblies(implementation));
        if (frame is null)
        {
            yield return Formatting.Format(Strings.SectionError, section, cause.GetType().Name, FirstLine(cause.Message));
            yield break;
        }
        yield return Formatting.Format(Strings.StudentError, section, cause.GetType().Name, FirstLine(cause.Message));
        if (frame.GetFileName() is { } file)
            yield return Formatting.Format(Strings.StudentErrorLocation, Path.GetFileName(file), frame.GetFileLineNumber(), MethodName(frame));
    }

    static Exception Unwrap(Exception exception) => exception switch
    {
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        _ => exception,
    };

    /// <summary>The assemblies of the code under test: where the implementation's delegates point.</summary>
    static HashSet<Assembly> StudentAssemblies(AttentionImplementation implementation) =>
        new Delegate[]
        {
            implementation.Scores, implementation.Scale, implementation.Softmax, implementation.Output,
            implementation.Compute, implementation.CausalMask, implementation.NewSelfAttention,
        }.Select(action => action.Method.DeclaringType?.Assembly).OfType<Assembly>().ToHashSet();

    /// <summary>The innermost frame of <paramref name="exception"/> that runs in one of <paramref name="assemblies"/>.</summary>
    static StackFrame? FrameIn(Exception exception, HashSet<Assembly> assemblies) =>
        new StackTrace(exception, fNeedFileInfo: true).GetFrames()
            .FirstOrDefault(frame => frame.GetMethod()?.DeclaringType?.Assembly is { } assembly && assemblies.Contains(assembly));

    /// <summary>"forward" for a method, "get_SoftmaxBroken" for a lambda's "&lt;get_SoftmaxBroken&gt;b__7_0".</summary>
    static string? MethodName(StackFrame frame) =>
        frame.GetMethod()?.Name is { } name && name.StartsWith('<') && name.IndexOf('>') is > 1 and var end ? name[1..end] : frame.GetMethod()?.Name;

    /// <summary>Native (libtorch) messages carry a C++ backtrace after their first line.</summary>
    static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
