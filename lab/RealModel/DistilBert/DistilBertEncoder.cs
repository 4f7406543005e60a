using TorchSharp;
using static TorchSharp.torch;

namespace Attention.Lab.RealModel.DistilBert;

/// <summary>The DistilBERT encoder (no MLM head): embeddings, then the post-LN layers.</summary>
public sealed class DistilBertEncoder : nn.Module<Tensor, Tensor, AttentionFunction, (Tensor Hidden, Tensor Weights)>
{
    public readonly Embeddings embeddings;
    public readonly Transformer transformer;

    public DistilBertConfig Config { get; }

    public DistilBertEncoder(DistilBertConfig config) : base(nameof(DistilBertEncoder))
    {
        Config = config;
        embeddings = new Embeddings(config.VocabSize, config.MaxPositions, config.Dim, config.LayerNormEps);
        transformer = new Transformer(Enumerable.Range(0, config.Layers)
            .Select(_ => new TransformerBlock(config.Dim, config.Heads, config.Hidden, config.LayerNormEps)));
        RegisterComponents();
    }

    /// <summary>
    /// ids (batch, seq), mask true on padding keys (batch, 1, 1, seq) → the last hidden states
    /// (batch, seq, dim) and the weights of every layer (layers, batch, heads, seq, seq).
    /// </summary>
    public override (Tensor Hidden, Tensor Weights) forward(Tensor ids, Tensor mask, AttentionFunction attention)
    {
        using var scope = NewDisposeScope();
        var x = embeddings.forward(ids);
        var weights = new List<Tensor>(Config.Layers);
        foreach (var block in transformer.layer)
        {
            (x, var layerWeights) = block.forward(x, mask, attention);
            weights.Add(layerWeights);
        }
        return (x.MoveToOuterDisposeScope(), stack(weights).MoveToOuterDisposeScope());
    }
}
