using Attention.Grader.Assignment;
using Attention.Grader.Submission;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Attention.Grader.Compilation;

/// <summary>
/// Finds calls to libtorch's own attention (assignment.json's forbiddenApis) in the student's code:
/// any identifier or string literal naming one, comments aside. The exercise whose member holds it
/// is marked forbidden; code outside every exercise's members counts against all exercises of its file.
/// </summary>
public static class ForbiddenApiCheck
{
    /// <summary>Exercise id → the forbidden names it uses.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Find(AssignmentSpec assignment, IEnumerable<StudentFile> files)
    {
        var found = new Dictionary<string, SortedSet<string>>();
        foreach (var file in files.Where(f => !f.IsStub))
        {
            var root = CSharpSyntaxTree.ParseText(file.Text).GetRoot();
            foreach (var token in root.DescendantTokens())
            {
                var api = assignment.ForbiddenApis.FirstOrDefault(name => Mentions(token, name));
                if (api is null) continue;
                foreach (var exercise in Owners(assignment, file.KitPath, token))
                {
                    if (!found.TryGetValue(exercise, out var apis)) found[exercise] = apis = [];
                    apis.Add(api);
                }
            }
        }
        return found.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value.ToList());
    }

    static bool Mentions(SyntaxToken token, string api) => token.Kind() switch
    {
        SyntaxKind.IdentifierToken => token.ValueText == api,
        SyntaxKind.StringLiteralToken or SyntaxKind.InterpolatedStringTextToken or SyntaxKind.SingleLineRawStringLiteralToken
            or SyntaxKind.MultiLineRawStringLiteralToken => token.ValueText.Contains(api, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    static IEnumerable<string> Owners(AssignmentSpec assignment, string kitPath, SyntaxToken token)
    {
        var member = token.Parent?.AncestorsAndSelf().OfType<MemberDeclarationSyntax>()
            .FirstOrDefault(m => m is not BaseTypeDeclarationSyntax);
        var type = token.Parent?.AncestorsAndSelf().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText;
        var name = member switch
        {
            MethodDeclarationSyntax m => $"{type}.{m.Identifier.ValueText}",
            ConstructorDeclarationSyntax => $"{type}.{type}",
            PropertyDeclarationSyntax p => $"{type}.{p.Identifier.ValueText}",
            _ => null,
        };
        var inFile = assignment.Exercises.Where(e => e.File == kitPath).ToList();
        var owners = inFile.Where(e => e.Members.Any(m => m == name || m == type)).Select(e => e.Id).ToList();
        return owners.Count > 0 ? owners : inFile.Select(e => e.Id);
    }
}
