using System.Text.Json;
using Attention.Lab.RealModel.DistilBert;

namespace Attention.Lab.Tests.RealModel.DistilBert;

/// <summary>
/// `real-model` (DistilBERT, the default) end to end through the lab's own loader: a model already
/// in the cache runs on the student's Compute; with nothing cached and no hub, one line and use-lite.
/// </summary>
public sealed class DistilBertSectionTests
{
    [Fact]
    public void A_cached_model_runs_on_the_students_compute_without_any_download()
    {
        using var cache = new ModelCacheScope(hubEndpoint: "http://127.0.0.1:1");
        // distilbert-base-uncased's 12 heads on a tiny checkpoint, written where the download puts it.
        TinyCheckpoint.WriteTo(DistilBertHub.CacheDirectory, TinyCheckpoint.Weights(dim: 24));
        var figures = Temporary.Directory();
        var json = Path.Combine(figures, "distilbert.json");

        var run = LabRun.Of(Implementations.Reference, "real-model", "--json", json, "--out", figures, "--lang", "fr");

        run.ExitCode.Should().Be(0, run.All);
        run.Output.Should().Contain("Tokens: [\"[CLS]\", \"the\", \"cat\", \"sat\", \"on\", \"the\", \"mat\", \"because\", \"it\", \"was\", \"tired\", \"[SEP]\"]")
            .And.Contain("Nombre de couches: 2")
            .And.Contain("Nombre de têtes par couche: 12")
            .And.Contain("'it' est à l'index 8")
            .And.Contain("bert-base-uncased", "a vocabulary that is not bert-base-uncased's is pointed out")
            .And.NotContain("Téléchargement")
            .And.NotContain("n'est pas BERT");
        File.Exists(Path.Combine(figures, "real-model-distilbert-layer1-head1.png")).Should().BeTrue();
        using var written = JsonDocument.Parse(File.ReadAllText(json));
        written.RootElement.GetProperty("model").GetString().Should().Be("distilbert");
        var attentions = written.RootElement.GetProperty("attentions");
        attentions.GetArrayLength().Should().Be(2);
        attentions[1].GetArrayLength().Should().Be(12);
        attentions[1][11][8].EnumerateArray().Sum(weight => weight.GetDouble()).Should().BeApproximately(1, 1e-4);
    }

    [Fact]
    public void Without_network_nor_cache_one_line_suggests_use_lite()
    {
        using var cache = new ModelCacheScope(hubEndpoint: "http://127.0.0.1:1");

        var run = LabRun.Of(Implementations.Reference, "real-model", "--out", Temporary.Directory(), "--lang", "fr");

        run.ExitCode.Should().Be(1);
        run.Error.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain("--model use-lite");
        run.All.Should().NotContain("   at ");
        Directory.Exists(DistilBertHub.CacheDirectory).Should().BeTrue("the download starts there");
        Directory.EnumerateFiles(DistilBertHub.CacheDirectory).Should().BeEmpty("a failed download leaves nothing behind");
    }
}
