using static TorchSharp.torch;

namespace Attention.Lab.RealModel;

/// <summary>
/// What a pretrained model attended to in one sentence: its tokens as the model saw them, and the
/// weights of every layer and head, <paramref name="Weights"/> of shape (layers, heads, query, key), float32.
/// </summary>
public sealed record ModelAttentions(string Model, IReadOnlyList<string> Tokens, Tensor Weights);
