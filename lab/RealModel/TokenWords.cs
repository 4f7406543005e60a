namespace Attention.Lab.RealModel;

/// <summary>
/// The words behind a model's tokens: WordPiece continues a word with "##ing", SentencePiece starts
/// one with "▁" and continues it without ("▁ma", "t" is "mat"). Lets `--word mat` and the "← ?"
/// marks find a word the tokenizer split.
/// </summary>
public static class TokenWords
{
    /// <summary>For each token, the lower-case word it belongs to.</summary>
    public static string[] Of(IReadOnlyList<string> tokens)
    {
        var sentencePiece = tokens.Any(token => token.StartsWith('▁'));
        var words = new string[tokens.Count];
        var start = 0;
        for (var end = 1; end <= tokens.Count; end++)
        {
            if (end < tokens.Count && Continues(tokens[end], sentencePiece)) continue;
            var word = string.Concat(Enumerable.Range(start, end - start).Select(i => Piece(tokens[i]))).ToLowerInvariant();
            for (var i = start; i < end; i++) words[i] = word;
            start = end;
        }
        return words;
    }

    static bool Continues(string token, bool sentencePiece) =>
        token.StartsWith("##", StringComparison.Ordinal) || (sentencePiece && !token.StartsWith('▁'));

    static string Piece(string token) => token.StartsWith("##", StringComparison.Ordinal) ? token[2..] : token.TrimStart('▁');
}
