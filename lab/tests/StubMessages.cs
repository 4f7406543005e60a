using System.Text.RegularExpressions;

namespace Attention.Lab.Tests;

/// <summary>
/// The TODO messages of the stubs students start from (grader/stubs/, the same files as student/),
/// read from their source: the lab's tests check what a student really sees, not a copy of it.
/// </summary>
public static partial class StubMessages
{
    public static string Scores => Of("ScaledDotProductAttention.cs", "Scores");
    public static string Scale => Of("ScaledDotProductAttention.cs", "Scale");
    public static string Softmax => Of("ScaledDotProductAttention.cs", "Softmax");
    public static string Output => Of("ScaledDotProductAttention.cs", "Output");
    public static string Compute => Of("ScaledDotProductAttention.cs", "Compute");
    public static string CausalMask => Of("ScaledDotProductAttention.cs", "CausalMask");
    public static string SelfAttention => Of("SelfAttention.cs", "forward");

    /// <summary>The message of the first NotImplementedException after the declaration of <paramref name="member"/>.</summary>
    static string Of(string stub, string member)
    {
        var source = File.ReadAllText(Path.Combine(KitRoot(), "grader", "stubs", stub));
        var declaration = Regex.Match(source, $@"\b{Regex.Escape(member)}\(");
        if (!declaration.Success) throw new InvalidOperationException($"{stub} declares no {member}");
        var thrown = Thrown().Match(source, declaration.Index);
        if (!thrown.Success) throw new InvalidOperationException($"{stub}: {member} throws no NotImplementedException");
        return Regex.Unescape(thrown.Groups[1].Value);
    }

    static string KitRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "assignment.json"))) return dir.FullName;
        throw new InvalidOperationException("The lab's tests run inside the kit.");
    }

    [GeneratedRegex("""new NotImplementedException\("((?:[^"\\]|\\.)*)"\)""")]
    private static partial Regex Thrown();
}
