using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Attention.Grader.Compilation;

/// <summary>
/// How much constant text a student file can make the compiler write out. Roslyn folds `const string`
/// concatenations lazily and builds them only when it emits: 26 lines doubling a constant took the
/// grader to 2.3 GB and an internal error. Bounded from the syntax before anything is emitted: every
/// literal counts its length, every use of one of the student's constants that constant's bound (its
/// initializer's, counted alike). Over <see cref="MaxCharacters"/> in a file is a compile error there.
/// </summary>
public sealed class ConstantText(CSharpCompilation compilation, CancellationToken cancel)
{
    /// <summary>Far above any lab's text (the file itself is at most 512 KB), far below what hurts.</summary>
    public const int MaxCharacters = 2_000_000;

    /// <summary>The code of the compile error it gives (NestingLimit's is ATT002).</summary>
    public const string Code = "ATT003";

    readonly Dictionary<ISymbol, long> bounds = new(SymbolEqualityComparer.Default);
    HashSet<string>? constantNames;

    /// <summary>Where the file's constant text first goes over the bound, or null.</summary>
    public SyntaxNode? FirstOverBound(SyntaxTree tree)
    {
        constantNames ??= compilation.SyntaxTrees.SelectMany(t => ConstantDeclarators(t.GetRoot(cancel))).Select(d => d.Identifier.ValueText).ToHashSet();
        var model = compilation.GetSemanticModel(tree);
        long total = 0;
        foreach (var node in tree.GetRoot(cancel).DescendantNodes())
        {
            total += Length(node, model);
            if (total > MaxCharacters) return node;
        }
        return null;
    }

    long Length(SyntaxNode node, SemanticModel model) => node switch
    {
        LiteralExpressionSyntax literal => literal.Token.ValueText.Length,
        InterpolatedStringTextSyntax text => text.TextToken.ValueText.Length,
        IdentifierNameSyntax name when constantNames!.Contains(name.Identifier.ValueText) => Referenced(name, model),
        _ => 0,
    };

    long Referenced(IdentifierNameSyntax name, SemanticModel model)
    {
        var symbol = model.GetSymbolInfo(name, cancel).Symbol;
        if (symbol is not (IFieldSymbol { IsConst: true } or ILocalSymbol { IsConst: true })) return 0;
        if (bounds.TryGetValue(symbol, out var known)) return known;
        // A constant that refers to itself is a compile error of its own: counted once.
        bounds[symbol] = 0;
        long total = 0;
        foreach (var declarator in symbol.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancel)).OfType<VariableDeclaratorSyntax>())
        {
            var declared = compilation.GetSemanticModel(declarator.SyntaxTree);
            foreach (var node in declarator.Initializer?.Value.DescendantNodesAndSelf() ?? [])
            {
                total += Length(node, declared);
                if (total > MaxCharacters) break;
            }
        }
        return bounds[symbol] = total;
    }

    static IEnumerable<VariableDeclaratorSyntax> ConstantDeclarators(SyntaxNode root) =>
        root.DescendantNodes().OfType<VariableDeclaratorSyntax>().Where(d => d.Parent?.Parent switch
        {
            FieldDeclarationSyntax field => field.Modifiers.Any(SyntaxKind.ConstKeyword),
            LocalDeclarationStatementSyntax local => local.IsConst,
            _ => false,
        });
}
