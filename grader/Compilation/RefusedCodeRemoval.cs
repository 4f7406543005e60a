using Attention.Grader.Localization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Attention.Grader.Compilation;

/// <summary>
/// Refused code never runs, not even called from another exercise (Compute calls Scores): before the
/// assembly is built, a refused exercise method's body becomes a throw that says why, and a file
/// whose refused use lies elsewhere (a helper, a field, a module initializer) becomes its stub.
/// </summary>
public static class RefusedCodeRemoval
{
    public static Dictionary<string, string> Apply(IReadOnlyDictionary<string, string> sources, RefusedCode refused, Func<string, string> stubOf, string language)
    {
        var result = sources.ToDictionary(s => s.Key, s => s.Value);
        foreach (var file in refused.WholeFiles) result[file] = stubOf(file);
        foreach (var group in refused.Bodies.GroupBy(b => b.File))
        {
            var root = group.First().Method.SyntaxTree.GetRoot();
            var cuts = group.ToDictionary(b => (SyntaxNode)b.Method);
            result[group.Key] = root.ReplaceNodes(cuts.Keys, (original, _) => Cut((MethodDeclarationSyntax)original, cuts[original].Use, language))
                .ToFullString();
        }
        return result;
    }

    static MethodDeclarationSyntax Cut(MethodDeclarationSyntax method, RefusedUse use, string language)
    {
        var message = Texts.Of(language, nameof(Strings.RefusedCodeCut), method.Identifier.ValueText, use.Name, use.Where);
        var body = SyntaxFactory.ParseStatement(
            $"throw new global::System.NotSupportedException({SymbolDisplay.FormatLiteral(message, quote: true)});");
        var block = SyntaxFactory.Block(body);
        block = method.Body is { } old ? block.WithTriviaFrom(old)
            : block.WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(method.SemicolonToken.TrailingTrivia);
        return method.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block);
    }
}
