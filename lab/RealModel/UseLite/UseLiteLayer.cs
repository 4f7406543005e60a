using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace Attention.Lab.RealModel.UseLite;

/// <summary>
/// One layer of USE-lite's encoder ("KonaTransformer", a tensor2tensor transformer), as its TF.js graph
/// computes it: pre-norm attention then pre-norm feed-forward, each added to the residual.
/// <code>
/// x = residual(x) + W_o · attention(LN₁(x) · W_qkv)      residual = identity, or a dense 256→512 in layer 0
/// x = x + W₂ · relu(W₁ · LN₂(x))
/// </code>
/// </summary>
internal sealed class UseLiteLayer : IDisposable
{
    const string Graph = "module_apply_default/Encoder_en/KonaTransformer/Encode/";

    readonly Tensor attentionNormScale, attentionNormBias, qkvKernel, qkvBias, outputKernel, outputBias;
    readonly Tensor ffnNormScale, ffnNormBias, ffn1Kernel, ffn1Bias, ffn2Kernel, ffn2Bias;
    readonly Tensor? residualKernel, residualBias;
    readonly double epsilon, queryScale;
    readonly long[] split;

    public UseLiteLayer(GraphModelWeights weights, int index)
    {
        var layer = $"{Graph}Layer_{index}/TransformerLayer/";
        var stack = $"{Graph}TransformerStack/Layer_{index}/TransformerLayer/";
        attentionNormScale = weights[$"{layer}layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat"];
        attentionNormBias = weights[$"{layer}layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat"];
        // The projections are 1×1 convolutions in the graph: kernels [1, 1, in, out], i.e. matrices in × out.
        qkvKernel = weights[$"module/Encoder_en/KonaTransformer/Encode/Layer_{index}/TransformerLayer/MultiheadAttention/qkv_transform_single/kernel/part_0"][0, 0].DetachFromDisposeScope();
        qkvBias = weights[$"{layer}MultiheadAttention/qkv_transform_single/bias/ConcatPartitions/concat"];
        outputKernel = weights[$"module/Encoder_en/KonaTransformer/Encode/Layer_{index}/TransformerLayer/MultiheadAttention/output_transform_single/kernel/part_0"][0, 0].DetachFromDisposeScope();
        outputBias = weights[$"{layer}MultiheadAttention/output_transform_single/bias/ConcatPartitions/concat"];
        ffnNormScale = weights[$"{layer}FFN/layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat"];
        ffnNormBias = weights[$"{layer}FFN/layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat"];
        ffn1Kernel = weights[$"{stack}FFN/conv1/Tensordot/Reshape_1"];
        ffn1Bias = weights[$"{layer}FFN/conv1/bias/ConcatPartitions/concat"];
        ffn2Kernel = weights[$"{stack}FFN/conv2/Tensordot/Reshape_1"];
        ffn2Bias = weights[$"{layer}FFN/conv2/bias/ConcatPartitions/concat"];
        if (weights.Contains($"{layer}dense/kernel/ConcatPartitions/concat"))
        {
            // Layer 0 widens 256 → 512: its residual goes through a dense layer ("AdjustResidualInput").
            residualKernel = weights[$"{layer}dense/kernel/ConcatPartitions/concat"];
            residualBias = weights[$"{layer}dense/bias/ConcatPartitions/concat"];
        }
        // Both layers' norms share one epsilon constant (1e-6), stored once in the graph.
        epsilon = weights[$"{Graph}TransformerStack/Layer_1/TransformerLayer/FFN/layer_prepostprocess/layer_norm/Cast/x"].item<float>();
        split = weights[$"{stack}MultiheadAttention/Const"].data<int>().Select(n => (long)n).ToArray();
        // Constant folding left the head count (4) once, under Layer_1, for both layers.
        Heads = weights[$"{Graph}TransformerStack/Layer_1/TransformerLayer/MultiheadAttention/split_heads/split_last_dimension/Reshape/shape/2"].item<int>();
        HeadSize = split[0] / Heads;
        // The graph multiplies q by its own constant ("mul/y": 0.125 = 1/√64, then 0.0884 = 1/√128) before QKᵀ.
        // The attention we are handed divides by √d_head itself, so q is pre-scaled by y·√d_head, which is 1
        // for these weights: the graph's logits are exactly QKᵀ/√d_head, with no bias for a single sentence.
        queryScale = weights[$"{stack}MultiheadAttention/mul/y"].item<float>() * Math.Sqrt(HeadSize);
    }

    public long Heads { get; }

    public long HeadSize { get; }

    /// <summary>x (batch, seq, d_in) → (batch, seq, 512), and the weights (batch, heads, seq, seq).</summary>
    public (Tensor Output, Tensor Weights) Forward(Tensor x, AttentionFunction attention, Tensor mask)
    {
        var normed = layer_norm(x, [x.shape[^1]], attentionNormScale, attentionNormBias, epsilon);
        var qkv = normed.matmul(qkvKernel) + qkvBias;
        var parts = qkv.split(split, dim: -1);
        var (q, k, v) = (SplitHeads(parts[0]), SplitHeads(parts[1]), SplitHeads(parts[2]));
        var (heads, weights) = attention(q * queryScale, k, v, mask);
        var combined = heads.permute(0, 2, 1, 3).reshape(x.shape[0], x.shape[1], -1);
        var attended = combined.matmul(outputKernel) + outputBias;
        var residual = residualKernel is null ? x : x.matmul(residualKernel) + residualBias!;
        var h = attended + residual;
        var hidden = relu(layer_norm(h, [h.shape[^1]], ffnNormScale, ffnNormBias, epsilon).matmul(ffn1Kernel) + ffn1Bias);
        return (h + hidden.matmul(ffn2Kernel) + ffn2Bias, weights);
    }

    /// <summary>(batch, seq, heads·d_head) → (batch, heads, seq, d_head), the graph's split_heads.</summary>
    Tensor SplitHeads(Tensor t) => t.reshape(t.shape[0], t.shape[1], Heads, HeadSize).permute(0, 2, 1, 3);

    /// <summary>Frees the two kernel views; the weights themselves belong to <see cref="GraphModelWeights"/>.</summary>
    public void Dispose()
    {
        qkvKernel.Dispose();
        outputKernel.Dispose();
    }
}
