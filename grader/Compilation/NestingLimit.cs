using Microsoft.CodeAnalysis;

namespace Attention.Grader.Compilation;

/// <summary>
/// How deep a student file's syntax may nest before it is compiled any further. Roslyn guards most of
/// its own recursion, but not all of it (its parser's scan of nested parentheses overflowed the stack
/// at 50,000 levels), and the allow-list walk, the matmul generator and the code cut recurse too: a
/// stack overflow cannot be caught and would take the grader and the whole batch down. The reference
/// nests about 20 levels; a file nested deeper than the limit is a compile error of that file. Its
/// brackets are counted before it is parsed (the parser's scan of 50,000 parentheses ran over a minute
/// on a large stack), then its syntax by a walk that keeps its own stack (chains of `?:`, `??=`,
/// `else if`, `+` nest without brackets).
/// </summary>
public static class NestingLimit
{
    public const int MaxDepth = 500;

    /// <summary>The code of the compile error it gives (the analyzer's rules are ATT001).</summary>
    public const string Code = "ATT002";

    /// <summary>
    /// Where the brackets of <paramref name="text"/> first open deeper than <see cref="MaxDepth"/>, or null.
    /// Read as characters, not tokens: Roslyn's lexer itself took over a minute on 12,000 nested
    /// interpolated strings. Brackets in strings and comments count too (500 left open there is no
    /// student's code); `&lt;` counts until the statement ends, since it may open type arguments as well as compare.
    /// </summary>
    public static int? FirstTooDeepBracket(string text, CancellationToken cancel)
    {
        int brackets = 0, angles = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (i % 65536 == 0) cancel.ThrowIfCancellationRequested();
            switch (text[i])
            {
                case '(' or '[':
                    brackets++;
                    break;
                case '{':
                    brackets++;
                    angles = 0;
                    break;
                case ')' or ']':
                    brackets = Math.Max(0, brackets - 1);
                    break;
                case '}':
                    brackets = Math.Max(0, brackets - 1);
                    angles = 0;
                    break;
                case ';':
                    angles = 0;
                    break;
                case '<':
                    angles++;
                    break;
                case '>':
                    angles = Math.Max(0, angles - 1);
                    break;
            }
            if (brackets + angles > MaxDepth) return i;
        }
        return null;
    }

    /// <summary>The first node, in source order, nested deeper than <see cref="MaxDepth"/>; null when there is none.</summary>
    public static SyntaxNode? FirstTooDeep(SyntaxNode root, CancellationToken cancel)
    {
        var pending = new Stack<(SyntaxNode Node, int Depth)>();
        pending.Push((root, 0));
        var visited = 0;
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > MaxDepth) return node;
            if (++visited % 4096 == 0) cancel.ThrowIfCancellationRequested();
            var children = node.ChildNodes().ToList();
            for (var i = children.Count - 1; i >= 0; i--) pending.Push((children[i], depth + 1));
        }
        return null;
    }
}
