using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Attention.AllowList;

/// <summary>An exercise as assignment.json gives it: its file and its members (`Type.Member` or `Type`).</summary>
public sealed record ExerciseInfo(string Id, string File, IReadOnlyList<string> Members, string TitleFr, string TitleEn)
{
    public string Title(string language) => language == "en" ? TitleEn : TitleFr;
}

/// <summary>
/// Which exercises a piece of a student file belongs to. Code in an exercise's member is that
/// exercise's; code anywhere else (a helper, a field, another type, an attribute of the assembly)
/// belongs to every exercise of its file, since any of them may run it.
/// </summary>
public sealed class ExerciseMap(IReadOnlyList<ExerciseInfo> exercises)
{
    public IReadOnlyList<ExerciseInfo> All { get; } = exercises;

    public IReadOnlyList<ExerciseInfo> InFile(string file) => All.Where(e => e.File == file).ToList();

    public Ownership Owner(string file, SyntaxNode node)
    {
        var inFile = InFile(file);
        var types = node.AncestorsAndSelf().OfType<BaseTypeDeclarationSyntax>().Select(t => t.Identifier.ValueText).ToList();
        var ofType = inFile.Where(e => e.Members.Any(types.Contains)).ToList();
        if (ofType.Count > 0) return new Ownership(ofType, null);

        var member = node.AncestorsAndSelf().OfType<MemberDeclarationSyntax>().FirstOrDefault(m => m is not BaseTypeDeclarationSyntax);
        var memberName = member switch
        {
            MethodDeclarationSyntax m => m.Identifier.ValueText,
            ConstructorDeclarationSyntax c => c.Identifier.ValueText,
            PropertyDeclarationSyntax p => p.Identifier.ValueText,
            _ => null,
        };
        if (memberName is not null && types.Count > 0)
        {
            var name = types[0] + "." + memberName;
            var ofMember = inFile.Where(e => e.Members.Contains(name)).ToList();
            if (ofMember.Count > 0) return new Ownership(ofMember, member is MethodDeclarationSyntax method && InBody(method, node) ? method : null);
        }
        return new Ownership(inFile, null);
    }

    static bool InBody(MethodDeclarationSyntax method, SyntaxNode node)
    {
        var body = (SyntaxNode?)method.Body ?? method.ExpressionBody;
        return body is not null && body.Span.Contains(node.Span);
    }
}

/// <summary>
/// The exercises a refused use costs, and the one method body that holds it when that body is all
/// there is to cut (null: the use is elsewhere, in a signature, a whole exercise type or no exercise).
/// </summary>
public sealed record Ownership(IReadOnlyList<ExerciseInfo> Exercises, MethodDeclarationSyntax? Body);
