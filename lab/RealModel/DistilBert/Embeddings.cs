using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Attention.Lab.RealModel.DistilBert;

/// <summary>DistilBERT's input: LayerNorm(word embedding + learned position embedding), no token types.</summary>
public sealed class Embeddings : nn.Module<Tensor, Tensor>
{
    // Field names are Hugging Face's, so parameter names are the checkpoint's keys.
    public readonly Embedding word_embeddings;
    public readonly Embedding position_embeddings;
    public readonly LayerNorm LayerNorm;

    public Embeddings(long vocabSize, long maxPositions, long dim, double eps) : base(nameof(Embeddings))
    {
        word_embeddings = nn.Embedding(vocabSize, dim);
        position_embeddings = nn.Embedding(maxPositions, dim);
        LayerNorm = nn.LayerNorm(dim, eps);
        RegisterComponents();
    }

    /// <summary>ids (batch, seq) of int64 → (batch, seq, dim).</summary>
    public override Tensor forward(Tensor ids)
    {
        using var scope = NewDisposeScope();
        var positions = arange(ids.shape[1], dtype: ScalarType.Int64, device: ids.device).unsqueeze(0);
        var x = word_embeddings.forward(ids) + position_embeddings.forward(positions);
        return LayerNorm.forward(x).MoveToOuterDisposeScope();
    }
}
