using System.Runtime.ExceptionServices;

namespace Attention.Grader.Compilation;

/// <summary>
/// Runs a compile on a thread of its own with a large stack. Roslyn's parser must get through a whole
/// file before its nesting can be measured (NestingLimit), and a 512 KB file nested all the way down
/// overflowed a default stack; the stack is reserved, not used, until code goes that deep. One stack
/// size for every compile also gives one verdict whether `grade` runs it on the main thread or `batch`
/// on a pool thread (1.5 MB). The limit is a backstop for a phase that would not heed cancellation:
/// the grader goes on without waiting for it.
/// </summary>
public static class CompilerThread
{
    const int StackBytes = 512 * 1024 * 1024;

    /// <summary>The work's result, or its exception; null when it has not ended within <paramref name="limit"/>.</summary>
    public static bool TryRun<T>(Func<T> work, TimeSpan limit, out T result)
    {
        T value = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try { value = work(); }
            catch (Exception e) { failure = ExceptionDispatchInfo.Capture(e); }
        }, StackBytes) { IsBackground = true, Name = "student compile" };
        thread.Start();
        if (!thread.Join(limit))
        {
            result = default!;
            return false;
        }
        failure?.Throw();
        result = value;
        return true;
    }
}
