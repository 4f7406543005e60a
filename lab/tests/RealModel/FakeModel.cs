using Attention.Lab.RealModel;
using TorchSharp;
using static TorchSharp.torch;

namespace Attention.Lab.Tests.RealModel;

/// <summary>
/// A tiny stand-in for a pretrained model (2 layers, 3 heads, random but seeded projections), so the
/// section is tested offline. Like the real ones, every attention goes through the function handed in.
/// </summary>
public sealed class FakeModel : IPretrainedModel
{
    const int HeadDim = 4;

    public string Name => "fake";

    public int Layers => 2;

    public int Heads => 3;

    /// <summary>The masks the attention function was given, one per layer.</summary>
    public List<Tensor?> Masks { get; } = [];

    public ModelAttentions Attend(string sentence, AttentionFunction attention)
    {
        string[] tokens = ["[CLS]", .. sentence.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries), "[SEP]"];
        var generator = new Generator(7);
        var x = randn([1, Heads, tokens.Length, HeadDim], generator: generator);
        var layers = new List<Tensor>();
        for (var layer = 0; layer < Layers; layer++)
        {
            var mask = zeros([1, 1, 1, tokens.Length], ScalarType.Bool);
            Masks.Add(mask);
            var (output, weights) = attention(x, x.flip(-1), x, mask);
            layers.Add(weights[0].detach());
            x = output;
        }
        return new(Name, tokens, stack(layers).to(ScalarType.Float32));
    }

    public void Dispose() { }
}

/// <summary>Loads <see cref="FakeModel"/> whatever is asked, after a fake download; remembers what was asked.</summary>
public sealed class FakeLoader
{
    public List<string> Requested { get; } = [];

    public FakeModel? Model { get; private set; }

    public IPretrainedModel Load(string name, IDownloadDisplay download)
    {
        Requested.Add(name);
        download.Show("fake (2 Mo)", progress =>
        {
            progress.Report(new DownloadProgress("fake.safetensors", 250_000, 500_000));
            progress.Report(new DownloadProgress("fake.safetensors", 500_000, 500_000));
        });
        return Model = new FakeModel();
    }

    public static IPretrainedModel Unavailable(string name, IDownloadDisplay download) =>
        throw new ModelUnavailableException("Pas de réseau : distilbert ne peut pas être téléchargé. Essayez --model use-lite.");
}
