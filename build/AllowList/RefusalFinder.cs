using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Attention.AllowList;

/// <summary>
/// The rule: every symbol a student file resolves to — called, read, created, converted, named as a
/// type anywhere (generic arguments, casts, attributes, base types, default values), reached through
/// foreach, await, deconstruction, collection initializers or query clauses — must be allowed by the
/// list, and so must every type in the signature of what it calls (no member taking a Stream or
/// returning an IntPtr). The student's own declarations are checked where they are written. A few
/// language features are refused whatever the list says: unsafe code, pointers and function pointers,
/// extern (P/Invoke), stackalloc, fixed, dynamic and the undocumented __makeref family.
/// Usings cost nothing by themselves, nor does nameof (a name as text: nothing runs).
/// </summary>
public sealed class RefusalFinder(AllowListRules rules)
{
    public IReadOnlyList<Refusal> Find(SemanticModel model, CancellationToken cancel = default)
    {
        var walk = new Walk(rules, model, cancel);
        walk.Visit(model.SyntaxTree.GetRoot(cancel));
        return walk.Found;
    }

    sealed class Walk(AllowListRules rules, SemanticModel model, CancellationToken cancel)
    {
        public List<Refusal> Found { get; } = [];

        public void Visit(SyntaxNode node)
        {
            cancel.ThrowIfCancellationRequested();
            // `var` stands for its initializer's type: the initializer is checked and says more.
            if (node is UsingDirectiveSyntax or ExternAliasDirectiveSyntax or IdentifierNameSyntax { IsVar: true } || IsNameOf(node)) return;
            var refusal = Feature(node) ?? Semantics(node);
            if (refusal is not null)
            {
                // Its parts would only repeat it (File in File.ReadAllText).
                Found.Add(refusal);
                return;
            }
            var before = Found.Count;
            foreach (var child in node.ChildNodes()) Visit(child);
            // What the compiler calls for a construct (GetEnumerator, GetAwaiter, Deconstruct, Add) comes
            // after its parts, which name the cause better (Task.Delay rather than its awaiter).
            if (Found.Count == before && Implicit(node) is { } implicitUse) Found.Add(implicitUse);
        }

        bool IsNameOf(SyntaxNode node) =>
            node is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } }
            && model.GetOperation(node, cancel) is INameOfOperation;

        /// <summary>Language features refused whatever the list says.</summary>
        Refusal? Feature(SyntaxNode node)
        {
            switch (node)
            {
                case UnsafeStatementSyntax s: return Refuse("unsafe", node, s.UnsafeKeyword.GetLocation());
                case FixedStatementSyntax s: return Refuse("fixed", node, s.FixedKeyword.GetLocation());
                case PointerTypeSyntax: return Refuse(node.ToString(), node);
                case FunctionPointerTypeSyntax: return Refuse("delegate*", node);
                case StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax: return Refuse("stackalloc", node);
                case MakeRefExpressionSyntax or RefTypeExpressionSyntax or RefValueExpressionSyntax: return Refuse(node.GetFirstToken().ValueText, node);
                case ExpressionSyntax when node.IsKind(SyntaxKind.ArgListExpression): return Refuse("__arglist", node);
                case MemberDeclarationSyntax m: return Modifier(m.Modifiers, node);
                case LocalFunctionStatementSyntax f: return Modifier(f.Modifiers, node);
                default: return null;
            }
        }

        Refusal? Modifier(SyntaxTokenList modifiers, SyntaxNode node)
        {
            var token = modifiers.FirstOrDefault(m => m.IsKind(SyntaxKind.UnsafeKeyword) || m.IsKind(SyntaxKind.ExternKeyword));
            return token.IsKind(SyntaxKind.None) ? null : Refuse(token.ValueText, node, token.GetLocation());
        }

        /// <summary>What the node resolves to or names.</summary>
        Refusal? Semantics(SyntaxNode node)
        {
            switch (node)
            {
                case AttributeSyntax or ConstructorInitializerSyntax or PrimaryConstructorBaseTypeSyntax or SelectOrGroupClauseSyntax or OrderingSyntax:
                    return Resolved(node);
                case QueryClauseSyntax clause:
                    var query = model.GetQueryClauseInfo(clause, cancel);
                    return Symbol(query.CastInfo.Symbol, node) ?? Symbol(query.OperationInfo.Symbol, node);
                case SingleVariableDesignationSyntax designation:
                    return model.GetDeclaredSymbol(designation, cancel) is ILocalSymbol local ? Type(local.Type, node) : null;
                case TypeSyntax name when SyntaxFacts.IsInTypeOnlyContext(name):
                    // A type's name where only a type can stand resolves to the type itself: nothing more to ask.
                    return Resolved(node);
                case ExpressionSyntax expression:
                    var type = model.GetTypeInfo(expression, cancel);
                    // Only a conversion between two types can be a user-defined one.
                    var converted = type.Type is not null && !SymbolEqualityComparer.Default.Equals(type.Type, type.ConvertedType);
                    return Resolved(expression)
                        ?? Type(type.Type, expression)
                        ?? Type(type.ConvertedType, expression)
                        ?? (converted ? Symbol(model.GetConversion(expression, cancel).MethodSymbol, expression) : null);
                default:
                    return null;
            }
        }

        /// <summary>The symbols the compiler reaches for a construct without their being named.</summary>
        Refusal? Implicit(SyntaxNode node)
        {
            switch (node)
            {
                case CommonForEachStatementSyntax loop:
                    var each = model.GetForEachStatementInfo(loop);
                    return Symbol(each.GetEnumeratorMethod, node) ?? Symbol(each.MoveNextMethod, node) ?? Symbol(each.CurrentProperty, node)
                        ?? Symbol(each.DisposeMethod, node) ?? Type(each.ElementType, node)
                        ?? (loop is ForEachVariableStatementSyntax variables ? Deconstruction(model.GetDeconstructionInfo(variables), node) : null);
                case AwaitExpressionSyntax awaited:
                    return Await(model.GetAwaitExpressionInfo(awaited), node);
                case AssignmentExpressionSyntax { Left: TupleExpressionSyntax or DeclarationExpressionSyntax } assignment:
                    return Deconstruction(model.GetDeconstructionInfo(assignment), node);
                case RecursivePatternSyntax:
                    return model.GetOperation(node, cancel) is IRecursivePatternOperation pattern ? Symbol(pattern.DeconstructSymbol, node) : null;
                case ExpressionSyntax element when node.Parent is InitializerExpressionSyntax initializer && initializer.IsKind(SyntaxKind.CollectionInitializerExpression):
                    return Symbol(model.GetCollectionInitializerSymbolInfo(element, cancel).Symbol, node);
                default:
                    return null;
            }
        }

        Refusal? Await(AwaitExpressionInfo info, SyntaxNode node) =>
            Symbol(info.GetAwaiterMethod, node) ?? Symbol(info.GetResultMethod, node) ?? Symbol(info.IsCompletedProperty, node);

        Refusal? Deconstruction(DeconstructionInfo info, SyntaxNode node) =>
            Symbol(info.Method, node) ?? Symbol(info.Conversion?.MethodSymbol, node)
            ?? info.Nested.Select(nested => Deconstruction(nested, node)).FirstOrDefault(r => r is not null);

        /// <summary>The symbol the node binds to; when the compiler could not pick one (dynamic), every candidate.</summary>
        Refusal? Resolved(SyntaxNode node)
        {
            var info = model.GetSymbolInfo(node, cancel);
            return info.Symbol is not null ? Symbol(info.Symbol, node)
                : info.CandidateSymbols.Select(candidate => Symbol(candidate, node)).FirstOrDefault(r => r is not null);
        }

        Refusal? Symbol(ISymbol? symbol, SyntaxNode node) => symbol switch
        {
            null or INamespaceSymbol or ILocalSymbol or IParameterSymbol or ILabelSymbol or IRangeVariableSymbol
                or IDiscardSymbol or IPreprocessingSymbol => null,
            IAliasSymbol alias => Symbol(alias.Target, node),
            ITypeSymbol type => Type(type, node),
            IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } => null,
            IMethodSymbol { MethodKind: MethodKind.FunctionPointerSignature } => Refuse("delegate*", node),
            _ => Member(symbol, node),
        };

        Refusal? Member(ISymbol member, SyntaxNode node)
        {
            var definition = ((member as IMethodSymbol)?.ReducedFrom ?? member).OriginalDefinition;
            var typeArguments = (member as IMethodSymbol)?.TypeArguments ?? [];
            if (!IsOwn(definition))
            {
                var type = definition.ContainingType;
                var isConstructor = definition is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor };
                var name = isConstructor ? Names.Of(type) : Names.Of(definition);
                if (rules.Shortcuts.Contains(isConstructor ? type.Name : definition.Name)) return Shortcut(name, node);
                var listing = isConstructor ? rules.DecideType(name) : rules.Decide(name);
                if (listing != Listing.Allowed || Signature(definition).Any(Tainted)) return Refuse(name, node);
            }
            return typeArguments.Select(argument => Type(argument, node)).FirstOrDefault(r => r is not null)
                ?? (member.ContainingType is { } containing ? Type(containing, node) : null);
        }

        /// <summary>A type used directly: it must be allowed, and so must its type arguments.</summary>
        Refusal? Type(ITypeSymbol? type, SyntaxNode node)
        {
            switch (type)
            {
                case null or ITypeParameterSymbol or IErrorTypeSymbol: return null;
                case IDynamicTypeSymbol: return Refuse("dynamic", node);
                case IPointerTypeSymbol: return Refuse(type.ToDisplayString(), node);
                case IFunctionPointerTypeSymbol: return Refuse("delegate*", node);
                case IArrayTypeSymbol array: return Type(array.ElementType, node);
                case INamedTypeSymbol named:
                    if (!named.IsAnonymousType && !IsOwn(named.OriginalDefinition))
                    {
                        var name = Names.Of(named.OriginalDefinition);
                        if (rules.Shortcuts.Contains(named.Name)) return Shortcut(name, node);
                        if (rules.DecideType(name) != Listing.Allowed) return Refuse(name, node);
                    }
                    return named.TypeArguments.Select(argument => Type(argument, node)).FirstOrDefault(r => r is not null)
                        ?? (named.ContainingType is { } containing ? Type(containing, node) : null);
                default: return null;
            }
        }

        /// <summary>Types a signature may not hold, even where the member itself is allowed: listed as refused, or pointers.</summary>
        bool Tainted(ITypeSymbol type) => type switch
        {
            IPointerTypeSymbol or IFunctionPointerTypeSymbol or IDynamicTypeSymbol => true,
            IArrayTypeSymbol array => Tainted(array.ElementType),
            INamedTypeSymbol named => !IsOwn(named.OriginalDefinition) && rules.DecideType(Names.Of(named.OriginalDefinition)) == Listing.Refused
                || named.TypeArguments.Any(Tainted)
                || named.ContainingType is { } containing && Tainted(containing),
            _ => false,
        };

        static IEnumerable<ITypeSymbol> Signature(ISymbol member) => member switch
        {
            IMethodSymbol method => method.Parameters.Select(p => p.Type).Prepend(method.ReturnType),
            IPropertySymbol property => property.Parameters.Select(p => p.Type).Prepend(property.Type),
            IFieldSymbol field => [field.Type],
            IEventSymbol e => [e.Type],
            _ => [],
        };

        /// <summary>The student's own code, checked where it is declared.</summary>
        bool IsOwn(ISymbol symbol) => SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, model.Compilation.Assembly);

        static Refusal Refuse(string name, SyntaxNode node, Location? location = null) =>
            new(name, RefusalKind.Refused, node, location ?? node.GetLocation());

        static Refusal Shortcut(string name, SyntaxNode node) => new(name, RefusalKind.Shortcut, node, node.GetLocation());
    }
}
