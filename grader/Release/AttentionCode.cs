using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Attention.Grader.Release;

/// <summary>
/// Recognises C# source that computes attention, whatever its names: a reference or a mistake variant
/// left in a release would be an answer one file away from the stubs. Read from the syntax (comments and
/// strings do not count): a softmax and a product of tensors in one file, a matrix product by a transposed
/// tensor (QKᵀ), dot products written by broadcasting, or a triangular mask.
/// </summary>
public static class AttentionCode
{
    static readonly HashSet<string> Softmaxes = ["softmax", "log_softmax", "Softmax", "exp", "exp_"];
    static readonly HashSet<string> Products = ["matmul", "mm", "bmm", "einsum", "baddbmm", "tensordot", "matmul_"];
    static readonly HashSet<string> Transposes = ["transpose", "t", "T", "mT", "permute", "swapaxes", "swapdims"];
    static readonly HashSet<string> Triangles = ["triu", "tril", "triu_", "tril_"];

    /// <summary>Why <paramref name="source"/> computes attention ("softmax + matmul", …), or null when it does not.</summary>
    public static string? Find(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var names = root.DescendantNodes().OfType<SimpleNameSyntax>().Select(n => n.Identifier.ValueText).ToList();
        bool Uses(HashSet<string> set) => names.Any(set.Contains);

        var broadcastDots = names.Count(n => n == "unsqueeze") >= 2 && names.Contains("sum");
        if (Uses(Softmaxes) && (Uses(Products) || broadcastDots)) return "softmax + product";
        if (broadcastDots) return "unsqueeze · unsqueeze . sum";
        if (Uses(Triangles)) return "triu/tril";
        var transposedProduct = root.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(i => Name(i.Expression) is { } n && Products.Contains(n))
            .Any(i => i.DescendantNodes().OfType<SimpleNameSyntax>().Any(n => Transposes.Contains(n.Identifier.ValueText)));
        return transposedProduct ? "matmul(… transpose …)" : null;
    }

    static string? Name(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };
}
