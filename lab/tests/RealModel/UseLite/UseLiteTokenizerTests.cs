using Attention.Lab.RealModel.UseLite;

namespace Attention.Lab.Tests.RealModel.UseLite;

[Collection(UseLiteCollection.Name)]
public sealed class UseLiteTokenizerTests(UseLitePackage package)
{
    [Theory]
    [MemberData(nameof(UseLiteReference.Sentences), MemberType = typeof(UseLiteReference))]
    public void Ids_are_those_of_the_JS_tokenizer(string sentence)
    {
        var reference = UseLiteReference.For(sentence);

        package.Model.Tokenizer.Encode(sentence).Should().Equal(reference.Ids);
    }

    [Theory]
    [MemberData(nameof(UseLiteReference.Sentences), MemberType = typeof(UseLiteReference))]
    public void Pieces_are_those_of_the_JS_tokenizer(string sentence)
    {
        var reference = UseLiteReference.For(sentence);

        package.Model.Tokenizer.Encode(sentence).Select(package.Model.Tokenizer.Piece).Should().Equal(reference.Pieces);
    }

    [Fact]
    public void The_vocabulary_has_the_8000_pieces_of_the_package() =>
        package.Model.Tokenizer.VocabularySize.Should().Be(8000);

    [Fact]
    public void The_most_probable_split_wins_and_a_run_of_unknown_characters_is_one_unknown_id()
    {
        var tokenizer = Tiny(("▁", -1), ("a", -2), ("b", -2), ("ab", -3), ("▁a", -2.5));

        // "▁ab": ▁ + ab (-4) beats ▁a + b (-4.5) and ▁ + a + b (-5); "zz" is unknown, once.
        tokenizer.Encode("ab zz").Should().Equal(6, 9, 6, UseLiteTokenizer.Unknown);
    }

    [Fact]
    public void Spaces_become_separate_pieces_and_are_not_collapsed()
    {
        var tokenizer = Tiny(("▁", -1), ("a", -2));

        tokenizer.Encode("a  a").Should().Equal(6, 7, 6, 6, 7);
    }

    static UseLiteTokenizer Tiny(params (string Piece, double Score)[] pieces)
    {
        var reserved = new (string, double)[] { ("�", 0), ("<s>", 0), ("</s>", 0), ("x1", 0), ("x2", 0), ("x3", 0) };
        var path = Path.Combine(Temporary.Directory(), "vocab.json");
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(reserved.Concat(pieces).Select(p => new object[] { p.Item1, p.Item2 })));
        return UseLiteTokenizer.Read(path);
    }
}
