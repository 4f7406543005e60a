using System.Security.Cryptography;
using System.Text;
using Microsoft.ML.Tokenizers;

namespace Attention.Lab.RealModel.DistilBert;

/// <summary>
/// bert-base-uncased's WordPiece (lower-cased, accents stripped), with [CLS] … [SEP] around the
/// sentence, through Microsoft.ML.Tokenizers' <see cref="BertTokenizer"/>.
/// </summary>
public sealed class DistilBertTokenizer
{
    /// <summary>The sha256 of bert-base-uncased's vocab.txt, the one distilbert-base-uncased was trained with.</summary>
    public const string BaseUncasedVocabularySha256 = "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3";

    readonly BertTokenizer tokenizer;
    readonly string[] vocabulary;

    /// <summary>A line for the student when the vocabulary is not bert-base-uncased's (the tokens may not match the weights); null otherwise.</summary>
    public string? Warning { get; }

    DistilBertTokenizer(BertTokenizer tokenizer, string[] vocabulary, string? warning)
    {
        this.tokenizer = tokenizer;
        this.vocabulary = vocabulary;
        Warning = warning;
    }

    /// <summary>Reads a vocab.txt (one token a line, the line number is the id).</summary>
    public static DistilBertTokenizer FromFile(string vocabPath)
    {
        var bytes = File.ReadAllBytes(vocabPath);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var warning = sha256 == BaseUncasedVocabularySha256
            ? null
            : string.Format(Strings.Culture, Strings.DistilBertVocabularyMismatch, vocabPath, sha256);
        var vocabulary = Encoding.UTF8.GetString(bytes).Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        using var stream = new MemoryStream(bytes);
        try
        {
            // Uncased BERT lower-cases and strips accents ("déjà" → "deja"), as Hugging Face's do_lower_case does.
            var options = new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = true };
            return new DistilBertTokenizer(BertTokenizer.Create(stream, options), vocabulary, warning);
        }
        catch (ArgumentException e)
        {
            // E.g. a token listed twice.
            throw new ModelUnavailableException(string.Format(Strings.Culture, Strings.DistilBertInvalidVocabulary, vocabPath, e.Message), e);
        }
    }

    /// <summary>The ids of <paramref name="sentence"/> with [CLS] first and [SEP] last, and their tokens as text ("[CLS]", "the", "##s"…).</summary>
    public (IReadOnlyList<int> Ids, IReadOnlyList<string> Tokens) Encode(string sentence)
    {
        var ids = tokenizer.EncodeToIds(sentence, addSpecialTokens: true, considerPreTokenization: true, considerNormalization: true);
        return (ids, [.. ids.Select(id => vocabulary[id])]);
    }
}
