using System.Security.Cryptography;
using Attention.Lab.RealModel;
using Attention.Lab.RealModel.DistilBert;

namespace Attention.Lab.Tests.RealModel.DistilBert;

public sealed class DistilBertTokenizerTests
{
    const string Sentence = "The cat sat on the mat because it was tired";

    [Fact]
    public void The_vocabulary_rebuilt_from_npm_is_bert_base_uncased()
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(BertVocabulary.Path)));

        sha256.Should().Be(DistilBertTokenizer.BaseUncasedVocabularySha256);
        sha256.Should().Be("07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3");
    }

    [Fact]
    public void A_sentence_gives_bert_base_uncased_ids_between_CLS_and_SEP()
    {
        var tokenizer = DistilBertTokenizer.FromFile(BertVocabulary.Path);

        var (ids, tokens) = tokenizer.Encode(Sentence);

        ids.Should().Equal(101, 1996, 4937, 2938, 2006, 1996, 13523, 2138, 2009, 2001, 5458, 102);
        tokens.Should().Equal("[CLS]", "the", "cat", "sat", "on", "the", "mat", "because", "it", "was", "tired", "[SEP]");
    }

    [Fact]
    public void Words_outside_the_vocabulary_split_into_word_pieces()
    {
        var tokenizer = DistilBertTokenizer.FromFile(BertVocabulary.Path);

        var (_, tokens) = tokenizer.Encode("Tokenization, Café!");

        tokens.Should().Equal("[CLS]", "token", "##ization", ",", "cafe", "!", "[SEP]");
    }

    [Fact]
    public void A_token_listed_twice_is_a_clear_error()
    {
        var broken = Path.Combine(Temporary.Directory(), "vocab.txt");
        File.WriteAllText(broken, "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nthe\nthe\n");

        var load = () => DistilBertTokenizer.FromFile(broken);

        load.Should().Throw<ModelUnavailableException>().WithMessage($"*{broken}*");
    }

    [Fact]
    public void Bert_base_uncased_vocabulary_gives_no_warning()
    {
        DistilBertTokenizer.FromFile(BertVocabulary.Path).Warning.Should().BeNull();
    }

    [Fact]
    public void Another_vocabulary_warns_with_its_sha256_but_still_tokenizes()
    {
        var altered = Path.Combine(Temporary.Directory(), "vocab.txt");
        File.WriteAllText(altered, File.ReadAllText(BertVocabulary.Path) + "zzattentionlab\n");
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(altered)));

        var tokenizer = DistilBertTokenizer.FromFile(altered);

        tokenizer.Warning.Should().NotBeNull().And.Contain(sha256).And.Contain("bert-base-uncased");
        tokenizer.Encode(Sentence).Ids.Should().HaveCount(12);
    }
}
