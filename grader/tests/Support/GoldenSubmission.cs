namespace Attention.Grader.Tests.Support;

/// <summary>Golden folders that attack the class, graded through `batch` (BatchAttackTests): marked by an empty file `batch`.</summary>
public static class GoldenSubmission
{
    /// <summary>The submission of a golden folder (see GoldenFolder), written into <paramref name="into"/>.</summary>
    public static string Prepare(string golden, string into)
    {
        new GoldenFolder(Path.GetFileName(golden)).WriteSubmission(into);
        return into;
    }

    public static bool InBatch(string golden) => File.Exists(Path.Combine(golden, "batch"));
}
