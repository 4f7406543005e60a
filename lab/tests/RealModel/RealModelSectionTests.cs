using System.Globalization;
using System.Text.Json;
using Attention.Lab.RealModel;

namespace Attention.Lab.Tests.RealModel;

/// <summary>The `real-model` section on <see cref="FakeModel"/>: what it prints, draws and writes, and how it fails.</summary>
public sealed class RealModelSectionTests
{
    readonly FakeLoader _loader = new();

    LabRun Run(AttentionImplementation implementation, params string[] args) =>
        LabRun.WithModels(_loader.Load, implementation, ["real-model", "--lang", "fr", .. args]);

    [Fact]
    public void Prints_what_the_notebook_prints_and_marks_cat_and_mat()
    {
        var figures = Temporary.Directory();
        var run = Run(Implementations.Reference, "--out", figures);

        run.ExitCode.Should().Be(0, run.All);
        run.Output.Should().Contain("Phrase: The cat sat on the mat because it was tired")
            .And.Contain("Tokens: [\"[CLS]\", \"the\", \"cat\", \"sat\", \"on\", \"the\", \"mat\", \"because\", \"it\", \"was\", \"tired\", \"[SEP]\"]")
            .And.Contain("Nombre de couches: 2")
            .And.Contain("Nombre de têtes par couche: 3")
            .And.Contain("'it' est à l'index 8")
            .And.Contain("Attention de 'it' vers les autres tokens (couche 1, tête 1):");
        run.Output.Split('\n').Should().Contain(line => line.Contains("Q \\ K") && line.Contains("[CLS]") && line.Contains("[SEP]"),
            "the whole matrix is printed as a table, its header on one line even outside a terminal");
        BarLines(run.Output).Should().HaveCount(12);
        BarLines(run.Output).Where(line => line.EndsWith(" ← ?", StringComparison.Ordinal)).Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0])
            .Should().Equal("cat", "mat");
        File.Exists(Path.Combine(figures, "real-model-fake-layer1-head1.png")).Should().BeTrue();
        _loader.Requested.Should().Equal("distilbert");
    }

    [Fact]
    public void The_weights_shown_are_those_of_the_students_compute()
    {
        // A Compute that looks everywhere equally: every bar then shows 1/12.
        var uniform = Implementations.Reference with
        {
            Compute = (q, k, v, mask) =>
            {
                var weights = TorchSharp.torch.full([.. q.shape[..^1], k.shape[^2]], 1.0 / k.shape[^2]);
                return (weights.matmul(v), weights);
            },
        };
        var run = Run(uniform, "--out", Temporary.Directory());

        run.ExitCode.Should().Be(0, run.All);
        BarWeights(run.Output).Should().HaveCount(12).And.OnlyContain(weight => weight == 0.08);
        BarWeights(Run(Implementations.Reference, "--out", Temporary.Directory()).Output).Should().Contain(weight => weight != 0.08);
    }

    [Fact]
    public void Layer_and_head_choose_the_matrix_shown()
    {
        var first = Run(Implementations.Reference, "--out", Temporary.Directory());
        var other = Run(Implementations.Reference, "--layer", "1", "--head", "2", "--out", Temporary.Directory());

        other.ExitCode.Should().Be(0, other.All);
        other.Output.Should().Contain("(couche 2, tête 3):");
        BarWeights(other.Output).Should().NotEqual(BarWeights(first.Output));
    }

    [Fact]
    public void Json_holds_every_layer_and_head_with_rows_summing_to_one()
    {
        var file = Path.Combine(Temporary.Directory(), "out", "attention.json");
        var run = Run(Implementations.Reference, "--json", file, "--out", Temporary.Directory());

        run.ExitCode.Should().Be(0, run.All);
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        json.RootElement.GetProperty("model").GetString().Should().Be("fake");
        json.RootElement.GetProperty("tokens").GetArrayLength().Should().Be(12);
        var attentions = json.RootElement.GetProperty("attentions");
        attentions.GetArrayLength().Should().Be(2);
        foreach (var layer in attentions.EnumerateArray())
        {
            layer.GetArrayLength().Should().Be(3);
            foreach (var head in layer.EnumerateArray())
            {
                head.GetArrayLength().Should().Be(12);
                foreach (var row in head.EnumerateArray())
                    row.EnumerateArray().Sum(weight => weight.GetDouble()).Should().BeApproximately(1, 1e-4);
            }
        }
    }

    [Fact]
    public void The_model_hands_compute_the_padding_mask()
    {
        Run(Implementations.Reference, "--out", Temporary.Directory()).ExitCode.Should().Be(0);

        _loader.Model!.Masks.Should().HaveCount(2).And.NotContainNulls();
    }

    [Theory]
    [InlineData("distilbert", "--layer", "6", "--layer 6 : le modèle distilbert a les couches 0 à 5.")]
    [InlineData("distilbert", "--head", "12", "--head 12 : le modèle distilbert a les têtes 0 à 11.")]
    [InlineData("use-lite", "--layer", "2", "--layer 2 : le modèle use-lite a les couches 0 à 1.")]
    [InlineData("use-lite", "--head", "-1", "--head -1 : le modèle use-lite a les têtes 0 à 3.")]
    public void A_layer_or_head_the_model_lacks_is_refused_before_any_download(string model, string option, string value, string message)
    {
        var run = Run(Implementations.Reference, "--model", model, option, value);

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith(message);
        _loader.Requested.Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_model_is_a_usage_error()
    {
        var run = Run(Implementations.Reference, "--model", "gpt-5");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("gpt-5");
        _loader.Requested.Should().BeEmpty();
    }

    [Fact]
    public void Without_network_one_line_says_so_and_no_stack_trace()
    {
        var run = LabRun.WithModels(FakeLoader.Unavailable, Implementations.Reference, "real-model", "--lang", "fr");

        run.ExitCode.Should().Be(1);
        run.Error.Trim().Should().Be("Pas de réseau : distilbert ne peut pas être téléchargé. Essayez --model use-lite.");
    }

    [Fact]
    public void An_unfinished_compute_names_the_exercise()
    {
        var run = Run(Implementations.Unfinished, "--out", Temporary.Directory());

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("Exercice 5").And.NotContain("   at ");
        _loader.Requested.Should().BeEmpty("nothing is downloaded for a Compute still to write");
    }

    [Fact]
    public void A_word_not_in_the_sentence_lists_the_tokens()
    {
        var run = Run(Implementations.Reference, "--word", "dog", "--out", Temporary.Directory());

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("« dog »").And.Contain("\"tired\"").And.NotContain("   at ");
    }

    [Fact]
    public void Another_sentence_and_word()
    {
        var run = Run(Implementations.Reference, "--sentence", "The dog chased the cat because it was fast", "--word", "dog", "--out", Temporary.Directory());

        run.ExitCode.Should().Be(0, run.All);
        run.Output.Should().Contain("'dog' est à l'index 2");
    }

    [Fact]
    public void Use_lite_says_plainly_it_is_not_bert()
    {
        var run = Run(Implementations.Reference, "--model", "use-lite", "--out", Temporary.Directory());

        run.ExitCode.Should().Be(0, run.All);
        run.Output.Should().Contain("ce modèle n'est pas BERT");
        _loader.Requested.Should().Equal("use-lite");
        Run(Implementations.Reference, "--out", Temporary.Directory()).Output.Should().NotContain("n'est pas BERT");
    }

    [Fact]
    public void A_download_outside_a_terminal_is_two_lines()
    {
        var run = Run(Implementations.Reference, "--out", Temporary.Directory());

        run.Output.Should().Contain("Téléchargement de fake (2 Mo)…").And.Contain("fake (2 Mo) : téléchargé.");
    }

    [Fact]
    public void Speaks_english_when_asked()
    {
        var run = LabRun.WithModels(_loader.Load, Implementations.Reference, "real-model", "--lang", "en", "--out", Temporary.Directory());

        run.ExitCode.Should().Be(0, run.All);
        run.Output.Should().Contain("Number of layers: 2").And.Contain("Attention from 'it' to the other tokens (layer 1, head 1):");
    }

    [Theory]
    [InlineData(new[] { "[CLS]", "the", "cat", "[SEP]" }, new[] { "[cls]", "the", "cat", "[sep]" })]
    [InlineData(new[] { "play", "##ing", "it" }, new[] { "playing", "playing", "it" })]
    [InlineData(new[] { "▁The", "▁ma", "t", "▁it" }, new[] { "the", "mat", "mat", "it" })]
    [InlineData(new[] { "t", "▁it" }, new[] { "t", "it" })]
    public void Tokens_are_grouped_into_the_words_they_split(string[] tokens, string[] words) =>
        TokenWords.Of(tokens).Should().Equal(words);

    /// <summary>The "█" lines: two spaces, the token, its weight with two decimals.</summary>
    static string[] BarLines(string output) =>
        output.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^  \S+\s+\d\.\d\d( |$)")).ToArray();

    static double[] BarWeights(string output) =>
        BarLines(output).Select(line => double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)).ToArray();
}
