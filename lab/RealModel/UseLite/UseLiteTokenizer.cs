using System.Text;
using System.Text.Json;

namespace Attention.Lab.RealModel.UseLite;

/// <summary>
/// USE-lite's unigram SentencePiece tokenizer, a line-by-line port of the one its TF.js users run
/// (@energetic-ai/embeddings 0.2.0, itself @tensorflow-models/universal-sentence-encoder's): NFKC,
/// "▁" before the text and for every space, then the most probable split into the pieces of vocab.json.
/// </summary>
/// <remarks>
/// Not Microsoft.ML.Tokenizers' SentencePiece: the model's ids must be those the JS side feeds the graph,
/// and that code has its own rules a SentencePiece model proto cannot express. An unknown character costs
/// 0 instead of SentencePiece's penalty and runs of them become one id 0; ties go to the later candidate;
/// the backward pass steps by the piece's UTF-16 length; NFKC would need a precompiled charsmap that
/// vocab.json lacks. A port keeps every id equal, which the tests check against the JS output.
/// </remarks>
public sealed class UseLiteTokenizer
{
    /// <summary>Ids 0-5 (unknown, &lt;s&gt;, &lt;/s&gt;, extra tokens) are never produced from text.</summary>
    const int ReservedSymbols = 6;
    const string Separator = "\u2581";
    public const int Unknown = 0;

    readonly string[] pieces;
    readonly Dictionary<string, (double Score, int Id)> byPiece = new(StringComparer.Ordinal);
    readonly int longest;

    UseLiteTokenizer(string[] pieces, double[] scores)
    {
        this.pieces = pieces;
        for (var id = ReservedSymbols; id < pieces.Length; id++)
        {
            if (pieces[id].Length == 0) continue;
            byPiece[pieces[id]] = (scores[id], id);
            longest = Math.Max(longest, Symbols(pieces[id]).Count);
        }
    }

    public int VocabularySize => pieces.Length;

    /// <summary>Reads vocab.json: an array of [piece, score] pairs, the id being the index.</summary>
    public static UseLiteTokenizer Read(string vocabJson)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(vocabJson));
        var entries = document.RootElement.EnumerateArray().ToArray();
        return new UseLiteTokenizer(
            [.. entries.Select(e => e[0].GetString()!)],
            // Seven pieces with ':' have a null score in vocab.json; JS's null + x is x, so they score 0 (the best).
            [.. entries.Select(e => e[1].ValueKind == JsonValueKind.Null ? 0 : e[1].GetDouble())]);
    }

    /// <summary>The piece of <paramref name="id"/>, e.g. "▁cat" (the unknown id shows as "�").</summary>
    public string Piece(int id) => pieces[id];

    public IReadOnlyList<int> Encode(string text)
    {
        var symbols = Symbols(Prepare(text));
        var n = symbols.Count;
        // best[end]: score of the best split of symbols[0..end); words[end]: the id of its last piece.
        var best = new double[n + 1];
        var words = new int[n + 1];
        for (var end = 1; end <= n; end++)
        {
            // Candidates by increasing start, as the JS visits them; >= lets the later one win ties.
            for (var start = Math.Max(0, end - longest); start < end; start++)
            {
                if (!TryPiece(symbols, start, end, out var score, out var id))
                {
                    // A character no piece starts with is the unknown id, at no cost.
                    if (end - start != 1 || StartsAPiece(symbols, start)) continue;
                    (score, id) = (0, Unknown);
                }
                var total = score + best[start];
                if (best[end] == 0 || total >= best[end]) (best[end], words[end]) = (total, id);
            }
        }
        var ids = new List<int>();
        for (var end = n; end > 0; end -= pieces[words[end]].Length)
            if (!(words[end] == Unknown && ids.Count > 0 && ids[^1] == Unknown)) ids.Add(words[end]);
        ids.Reverse();
        return ids;
    }

    bool TryPiece(List<string> symbols, int start, int end, out double score, out int id)
    {
        var found = byPiece.TryGetValue(string.Concat(symbols.GetRange(start, end - start)), out var entry);
        (score, id) = entry;
        return found;
    }

    bool StartsAPiece(List<string> symbols, int start)
    {
        for (var end = start + 1; end <= Math.Min(symbols.Count, start + longest); end++)
            if (TryPiece(symbols, start, end, out _, out _)) return true;
        return false;
    }

    static string Prepare(string text)
    {
        string normalized;
        try
        {
            normalized = text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate: JS normalizes around it, .NET refuses; keep the text as it is.
            normalized = text;
        }
        return normalized.Length > 0 ? Separator + normalized.Replace(" ", Separator, StringComparison.Ordinal) : normalized;
    }

    /// <summary>The code points of <paramref name="text"/> (a surrogate pair is one symbol), as JS's for…of.</summary>
    static List<string> Symbols(string text)
    {
        var symbols = new List<string>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            symbols.Add(text.Substring(i, pair ? 2 : 1));
            if (pair) i++;
        }
        return symbols;
    }
}
