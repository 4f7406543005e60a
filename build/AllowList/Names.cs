using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Attention.AllowList;

/// <summary>The dotted name the list speaks of: namespaces, enclosing types, the symbol; no generic arity.</summary>
public static class Names
{
    public static string Of(ISymbol symbol)
    {
        var parts = new Stack<string>();
        for (var s = symbol; s is not null && s is not INamespaceSymbol { IsGlobalNamespace: true }; s = s.ContainingSymbol)
            parts.Push(s.Name);
        return string.Join(".", parts);
    }
}
