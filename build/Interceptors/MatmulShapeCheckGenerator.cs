using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Attention.Interceptors;

/// <summary>
/// Finds the calls to Tensor.matmul and torch.matmul in the code being compiled and intercepts each
/// with a shape check (see ShapeCheckSource), so that incompatible shapes throw a .NET exception
/// instead of aborting the process. The interceptors live in the namespace InterceptorNamespace,
/// which the compilation must enable (InterceptorsNamespaces).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class MatmulShapeCheckGenerator : IIncrementalGenerator
{
    public const string InterceptorNamespace = "Attention.ShapeChecks";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var calls = context.SyntaxProvider.CreateSyntaxProvider(
                static (node, _) => node is InvocationExpressionSyntax { Expression: var callee } && NameOf(callee) == "matmul",
                static (syntax, cancel) => Intercepted.Of((InvocationExpressionSyntax)syntax.Node, syntax.SemanticModel, cancel))
            .Where(static call => call is not null)
            .Select(static (call, _) => call!.Value)
            .Collect();

        context.RegisterSourceOutput(calls, static (output, found) =>
        {
            if (found.IsEmpty) return;
            output.AddSource("MatmulShapeChecks.g.cs", ShapeCheckSource.Write(found));
        });
    }

    static string? NameOf(ExpressionSyntax callee) => callee switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        IdentifierNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };
}

/// <summary>The two matmul entry points of TorchSharp, both ending in THSTensor_matmul.</summary>
public enum MatmulForm
{
    /// <summary>left.matmul(right)</summary>
    Instance,
    /// <summary>torch.matmul(left, right)</summary>
    Static,
}

/// <summary>One call to intercept: its form and the attribute that names its location.</summary>
public readonly struct Intercepted(MatmulForm form, string locationAttribute) : System.IEquatable<Intercepted>
{
    public MatmulForm Form { get; } = form;
    public string LocationAttribute { get; } = locationAttribute;

    public bool Equals(Intercepted other) => Form == other.Form && LocationAttribute == other.LocationAttribute;
    public override bool Equals(object? other) => other is Intercepted call && Equals(call);
    public override int GetHashCode() => LocationAttribute.GetHashCode();

    public static Intercepted? Of(InvocationExpressionSyntax call, SemanticModel model, System.Threading.CancellationToken cancel)
    {
        if (model.GetSymbolInfo(call, cancel).Symbol is not IMethodSymbol { Name: "matmul" } method) return null;
        var form = method switch
        {
            { IsStatic: false, Parameters.Length: 1 } when IsTorch(method.ContainingType, "Tensor") => MatmulForm.Instance,
            { IsStatic: true, Parameters.Length: 2 } when IsTorch(method.ContainingType, null) => MatmulForm.Static,
            _ => (MatmulForm?)null,
        };
        if (form is null || method.Parameters.Any(p => !IsTorch(p.Type, "Tensor"))) return null;
        var location = model.GetInterceptableLocation(call, cancel);
        return location is null ? null : new Intercepted(form.Value, location.GetInterceptsLocationAttributeSyntax());
    }

    /// <summary>TorchSharp.torch itself (name null) or a type nested in it.</summary>
    static bool IsTorch(ITypeSymbol? type, string? name)
    {
        var torch = name is null ? type : type?.ContainingType;
        return (name is null || type?.Name == name)
            && torch is { Name: "torch", ContainingType: null, ContainingNamespace: { Name: "TorchSharp", ContainingNamespace.IsGlobalNamespace: true } };
    }
}
