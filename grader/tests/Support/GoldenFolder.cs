namespace Attention.Grader.Tests.Support;

/// <summary>
/// Golden/&lt;behaviour&gt;/: base.txt names the base (solution or stubs), submission/ holds only the
/// files that differ from it (at their paths in a submission), expected/grade.json the grade it
/// must get. An empty file `unrestricted` asks for the grading to run with the allow-list off, so
/// that an attack reaches the OS jail.
/// </summary>
public sealed record GoldenFolder(string Behaviour)
{
    public static string Root => Path.Combine(KitPaths.GraderTests, "Golden");

    public static IEnumerable<string> Behaviours() => Directory.GetDirectories(Root).Select(Path.GetFileName).Order()!;

    public string Folder => Path.Combine(Root, Behaviour);

    public string Base => File.ReadAllText(Path.Combine(Folder, "base.txt")).Trim();

    public bool Unrestricted => File.Exists(Path.Combine(Folder, "unrestricted"));

    public string ExpectedGrade => Path.Combine(Folder, "expected", "grade.json");

    /// <summary>The submission as a student would hand it in: the base, with this folder's files over it.</summary>
    public void WriteSubmission(string target) => Overlay.Write(Base, Path.Combine(Folder, "submission"), target);
}
