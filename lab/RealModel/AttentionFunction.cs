using static TorchSharp.torch;

namespace Attention.Lab.RealModel;

/// <summary>
/// The attention a pretrained model runs: the student's <c>ScaledDotProductAttention.Compute</c>.
/// q, k, v are (batch, heads, seq, d_head); <paramref name="mask"/> is true where a key is hidden
/// (padding), broadcastable to (batch, heads, seq, seq). Returns the output and the weights.
/// </summary>
public delegate (Tensor Output, Tensor Weights) AttentionFunction(Tensor q, Tensor k, Tensor v, Tensor? mask);
