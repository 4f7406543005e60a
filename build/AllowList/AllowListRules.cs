using System;
using System.Collections.Generic;
using System.Linq;

namespace Attention.AllowList;

/// <summary>What a name is worth on the list.</summary>
public enum Listing
{
    /// <summary>Listed as allowed (itself or a namespace, type or member above it).</summary>
    Allowed,
    /// <summary>Listed as refused: never used, and a member whose signature holds it is refused too.</summary>
    Refused,
    /// <summary>On neither list: refused where it is used, like everything the list does not allow.</summary>
    Unlisted,
}

/// <summary>
/// assignment.json's allowList as a decision on dotted names ("System.Math", "TorchSharp.torch.load"):
/// the longest listed prefix of a name decides, refused winning a tie; what no entry covers is refused.
/// A type is also allowed when some of its members are (Console, for Console.WriteLine).
/// </summary>
public sealed class AllowListRules
{
    readonly Dictionary<string, Listing> entries = new(StringComparer.Ordinal);
    readonly HashSet<string> aboveAllowed = new(StringComparer.Ordinal);

    public AllowListRules(IEnumerable<string> allowed, IEnumerable<string> refused, IEnumerable<string> shortcuts)
    {
        foreach (var name in allowed) entries[name] = Listing.Allowed;
        foreach (var name in refused) entries[name] = Listing.Refused;
        foreach (var name in entries.Where(e => e.Value == Listing.Allowed).Select(e => e.Key))
            for (var dot = name.LastIndexOf('.'); dot > 0; dot = name.LastIndexOf('.', dot - 1))
                aboveAllowed.Add(name.Substring(0, dot));
        Shortcuts = new HashSet<string>(shortcuts, StringComparer.Ordinal);
    }

    /// <summary>Names of libtorch's own attention (assignment.json's forbiddenApis), whatever their type.</summary>
    public IReadOnlyCollection<string> Shortcuts { get; }

    public Listing Decide(string name)
    {
        for (var prefix = name; ; )
        {
            if (entries.TryGetValue(prefix, out var listing)) return listing;
            var dot = prefix.LastIndexOf('.');
            if (dot < 0) return Listing.Unlisted;
            prefix = prefix.Substring(0, dot);
        }
    }

    /// <summary>A type may be named when it is allowed or some of its members are.</summary>
    public Listing DecideType(string name) => aboveAllowed.Contains(name) ? Listing.Allowed : Decide(name);
}
