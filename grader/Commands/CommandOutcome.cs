namespace Attention.Grader.Commands;

/// <summary>
/// The exit policy every command shares: 0 when the work ran; 2 with one line when the input is
/// refused (InputRefusedException); 1 with one line when the kit or the machine failed
/// (KitFailureException, or any other exception). Never a stack trace. <paramref name="onFailure"/>
/// gets that line, so a command can still write the reports it was asked for.
/// </summary>
public static class CommandOutcome
{
    public const int Refused = 2, Failed = 1;

    public static int Run(string language, Func<int> work, Action<string>? onFailure = null)
    {
        var (code, message) = Outcome(language, work);
        if (message is null) return code;
        Console.Error.WriteLine(Reports.TerminalText.Safe(message));
        onFailure?.Invoke(message);
        return code;
    }

    static (int Code, string? Message) Outcome(string language, Func<int> work)
    {
        try
        {
            return (work(), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (e is InputRefusedException ? Refused : Failed, GraderException.Describe(language, e));
        }
    }
}
