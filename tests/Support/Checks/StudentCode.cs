namespace Attention.Tests.Support.Checks;

/// <summary>
/// The one way the suite calls the student's code: whatever it throws becomes one French message
/// (a stub's "Pas encore fait", libtorch's English errors explained), naming the mistake when the case's
/// catalogue knows that error. A changed signature is left to the grader, which says so.
/// </summary>
public static class StudentCode
{
    public static T Run<T>(Func<T> call, CaseData? data = null)
    {
        try { return call(); }
        catch (Exception e) when (e is not FeedbackException && !IsSignatureChange(e))
        {
            throw Failure(e, data);
        }
    }

    public static void Run(Action call) => Run(() => { call(); return 0; });

    static FeedbackException Failure(Exception e, CaseData? data)
    {
        var error = StudentError.From(e);
        var headline = data is null || error.Kind == ErrorKind.NotImplemented ? null : Diagnosis.Headline(Diagnosis.Of(data, error));
        return new FeedbackException(headline is null ? error.Explanation() : headline + "\n" + error.Explanation());
    }

    static bool IsSignatureChange(Exception e) =>
        e is MissingMethodException or MissingFieldException or TypeLoadException or EntryPointNotFoundException;
}
