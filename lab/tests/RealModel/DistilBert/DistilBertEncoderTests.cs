using Attention.Lab.RealModel;
using Attention.Lab.RealModel.DistilBert;
using TorchSharp;
using static TorchSharp.torch;

namespace Attention.Lab.Tests.RealModel.DistilBert;

/// <summary>The encoder against libtorch's own TransformerEncoderLayer, on a tiny random checkpoint.</summary>
public sealed class DistilBertEncoderTests
{
    static readonly AttentionFunction Reference = Attention.ScaledDotProductAttention.Compute;

    // "[CLS] the cat sat on the mat [SEP]"
    static Tensor Ids() => tensor(new long[] { 2, 5, 6, 7, 8, 5, 9, 3 }).unsqueeze(0);

    static Tensor NoPadding(long seq) => zeros([1, 1, 1, seq], ScalarType.Bool);

    static DistilBertEncoder Load(Dictionary<string, Tensor> weights)
    {
        var path = TinyCheckpoint.WriteWeights(Path.Combine(Temporary.Directory(), "model.safetensors"), weights);
        return DistilBertWeights.Load(path, TinyCheckpoint.Heads);
    }

    [Fact]
    public void Sizes_are_read_from_the_weights()
    {
        using var encoder = Load(TinyCheckpoint.Weights());

        encoder.Config.Should().Be(new DistilBertConfig(TinyCheckpoint.Vocabulary.Length, TinyCheckpoint.Positions,
            TinyCheckpoint.Dim, TinyCheckpoint.Hidden, TinyCheckpoint.Layers, TinyCheckpoint.Heads));
    }

    [Fact]
    public void Embeddings_are_the_layer_norm_of_words_plus_positions()
    {
        var w = TinyCheckpoint.Weights();
        using var encoder = Load(w);
        using var noGrad = no_grad();

        var ids = Ids();
        var expected = nn.functional.layer_norm(
            w["distilbert.embeddings.word_embeddings.weight"][ids[0]] + w["distilbert.embeddings.position_embeddings.weight"][..8],
            [TinyCheckpoint.Dim], w["distilbert.embeddings.LayerNorm.weight"], w["distilbert.embeddings.LayerNorm.bias"], 1e-12);

        encoder.embeddings.forward(ids)[0].allclose(expected, rtol: 1e-5, atol: 1e-5).Should().BeTrue();
    }

    [Fact]
    public void Every_layer_matches_libtorch_TransformerEncoderLayer()
    {
        var w = TinyCheckpoint.Weights();
        using var encoder = Load(w);
        using var noGrad = no_grad();
        var x = encoder.embeddings.forward(Ids());

        for (var i = 0; i < TinyCheckpoint.Layers; i++)
        {
            var (output, _) = encoder.transformer.layer[i].forward(x, NoPadding(8), Reference);
            var expected = LibTorchLayer(w, i).call(x.transpose(0, 1)).transpose(0, 1);

            // libtorch's LayerNorm has eps 1e-5 (not settable here), DistilBERT's 1e-12: close, not equal.
            (output - expected).abs().max().item<float>().Should().BeLessThan(1e-4f, $"layer {i}");
            output.allclose(x, atol: 1e-2).Should().BeFalse("the layer changes its input");
            x = output;
        }
    }

    [Fact]
    public void The_weights_are_softmax_of_QK_over_sqrt_d_per_head()
    {
        var w = TinyCheckpoint.Weights();
        using var encoder = Load(w);
        using var noGrad = no_grad();
        var ids = Ids();

        var (_, weights) = encoder.forward(ids, NoPadding(8), Reference);

        var x = encoder.embeddings.forward(ids)[0];
        var q = Heads(nn.functional.linear(x, w["distilbert.transformer.layer.0.attention.q_lin.weight"], w["distilbert.transformer.layer.0.attention.q_lin.bias"]));
        var k = Heads(nn.functional.linear(x, w["distilbert.transformer.layer.0.attention.k_lin.weight"], w["distilbert.transformer.layer.0.attention.k_lin.bias"]));
        var expected = nn.functional.softmax(q.matmul(k.transpose(1, 2)) / Math.Sqrt(TinyCheckpoint.Dim / TinyCheckpoint.Heads), -1);
        weights[0, 0].allclose(expected, rtol: 1e-5, atol: 1e-6).Should().BeTrue();
    }

    static Tensor Heads(Tensor x) => x.view(x.shape[0], TinyCheckpoint.Heads, -1).transpose(0, 1);

    [Fact]
    public void The_attention_it_is_handed_computes_every_layer()
    {
        using var encoder = Load(TinyCheckpoint.Weights());
        using var noGrad = no_grad();
        var calls = new List<(long[] Q, long[] Mask, bool[] Hidden)>();
        AttentionFunction uniform = (q, k, v, mask) =>
        {
            calls.Add((q.shape, mask!.shape, mask.data<bool>().ToArray()));
            var weights = full([q.shape[0], q.shape[1], q.shape[2], k.shape[2]], 1f / k.shape[2]);
            return (weights.matmul(v), weights);
        };

        var (hidden, weights) = encoder.forward(Ids(), NoPadding(8), uniform);
        var (referenceHidden, _) = encoder.forward(Ids(), NoPadding(8), Reference);

        calls.Should().HaveCount(TinyCheckpoint.Layers);
        calls.Should().AllSatisfy(call =>
        {
            call.Q.Should().Equal(1, TinyCheckpoint.Heads, 8, TinyCheckpoint.Dim / TinyCheckpoint.Heads);
            call.Mask.Should().Equal(1, 1, 1, 8);
            call.Hidden.Should().OnlyContain(hidden => !hidden);
        });
        weights.allclose(full_like(weights, 1f / 8)).Should().BeTrue();
        hidden.allclose(referenceHidden, atol: 1e-3).Should().BeFalse("the uniform attention changes the output");
    }

    [Fact]
    public void A_padded_key_gets_no_weight()
    {
        using var encoder = Load(TinyCheckpoint.Weights());
        using var noGrad = no_grad();
        var padding = tensor(new[] { false, false, false, false, false, false, false, true }).view(1, 1, 1, 8);

        var (_, weights) = encoder.forward(Ids(), padding, Reference);

        weights[.., .., .., .., 7].abs().max().item<float>().Should().Be(0f);
        weights.sum(-1).allclose(ones_like(weights.sum(-1))).Should().BeTrue();
    }

    [Fact]
    public void Keys_without_the_distilbert_prefix_load_the_same_model()
    {
        using var prefixed = Load(TinyCheckpoint.Weights("distilbert."));
        using var bare = Load(TinyCheckpoint.Weights(""));
        using var noGrad = no_grad();

        var (expected, _) = prefixed.forward(Ids(), NoPadding(8), Reference);
        var (actual, _) = bare.forward(Ids(), NoPadding(8), Reference);

        actual.allclose(expected).Should().BeTrue();
    }

    [Fact]
    public void A_missing_weight_is_named_in_the_error()
    {
        var weights = TinyCheckpoint.Weights();
        weights.Remove("distilbert.transformer.layer.1.ffn.lin2.bias");

        var load = () => Load(weights);

        load.Should().Throw<ModelUnavailableException>().WithMessage("*transformer.layer.1.ffn.lin2.bias*");
    }

    [Fact]
    public void A_weight_of_the_wrong_shape_is_named_in_the_error()
    {
        var weights = TinyCheckpoint.Weights();
        weights["distilbert.transformer.layer.0.attention.v_lin.weight"] = zeros(TinyCheckpoint.Dim, TinyCheckpoint.Dim + 1);

        var load = () => Load(weights);

        load.Should().Throw<ModelUnavailableException>().WithMessage("*transformer.layer.0.attention.v_lin.weight*16×17*");
    }

    /// <summary>libtorch's post-LN encoder layer (GELU, no dropout) holding layer <paramref name="i"/>'s weights.</summary>
    static nn.Module<Tensor, Tensor> LibTorchLayer(Dictionary<string, Tensor> w, int i)
    {
        var prefix = $"distilbert.transformer.layer.{i}.";
        var layer = nn.TransformerEncoderLayer(TinyCheckpoint.Dim, TinyCheckpoint.Heads, TinyCheckpoint.Hidden, 0.0, nn.Activations.GELU);
        var sources = new Dictionary<string, Tensor>
        {
            ["self_attn.in_proj_weight"] = cat([w[prefix + "attention.q_lin.weight"], w[prefix + "attention.k_lin.weight"], w[prefix + "attention.v_lin.weight"]]),
            ["self_attn.in_proj_bias"] = cat([w[prefix + "attention.q_lin.bias"], w[prefix + "attention.k_lin.bias"], w[prefix + "attention.v_lin.bias"]]),
            ["self_attn.out_proj.weight"] = w[prefix + "attention.out_lin.weight"],
            ["self_attn.out_proj.bias"] = w[prefix + "attention.out_lin.bias"],
            ["linear1.weight"] = w[prefix + "ffn.lin1.weight"],
            ["linear1.bias"] = w[prefix + "ffn.lin1.bias"],
            ["linear2.weight"] = w[prefix + "ffn.lin2.weight"],
            ["linear2.bias"] = w[prefix + "ffn.lin2.bias"],
            ["norm1.weight"] = w[prefix + "sa_layer_norm.weight"],
            ["norm1.bias"] = w[prefix + "sa_layer_norm.bias"],
            ["norm2.weight"] = w[prefix + "output_layer_norm.weight"],
            ["norm2.bias"] = w[prefix + "output_layer_norm.bias"],
        };
        var parameters = layer.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        parameters.Keys.Should().BeEquivalentTo(sources.Keys, "every parameter of libtorch's layer gets DistilBERT's");
        foreach (var (name, source) in sources) parameters[name].copy_(source);
        layer.eval();
        return layer;
    }
}
