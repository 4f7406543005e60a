using TorchSharp;
using static TorchSharp.torch;

namespace Attention.Lab;

/// <summary>The student's (or the reference) code, handed to the lab by student/Program.cs.</summary>
public sealed record AttentionImplementation(
    Func<Tensor, Tensor, Tensor> Scores,
    Func<Tensor, long, Tensor> Scale,
    Func<Tensor, Tensor> Softmax,
    Func<Tensor, Tensor, Tensor> Output,
    Func<Tensor, Tensor, Tensor, Tensor?, (Tensor Output, Tensor Weights)> Compute,
    Func<long, Tensor> CausalMask,
    Func<long, nn.Module<Tensor, (Tensor Output, Tensor Weights)>> NewSelfAttention);
