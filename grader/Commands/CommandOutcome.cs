using Attention.Grader.Localization;

namespace Attention.Grader.Commands;

/// <summary>
/// The exit policy every command shares: 0 when the work ran; 2 with the one line of a
/// GraderException when it could not (bad input); 1 with one line for an internal error. Never a stack trace.
/// </summary>
public static class CommandOutcome
{
    public static int Run(Func<int> work, Action<string>? onInternalError = null, Action<string>? onRefused = null)
    {
        try
        {
            return work();
        }
        catch (GraderException e)
        {
            Console.Error.WriteLine(e.Describe());
            onRefused?.Invoke(e.Describe());
            return 2;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var message = Strings.Text("InternalError", e.GetType().Name + ": " + e.Message.Split('\n')[0]);
            Console.Error.WriteLine(message);
            onInternalError?.Invoke(message);
            return 1;
        }
    }
}
