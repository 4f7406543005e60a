using Attention.Lab.RealModel;
using TorchSharp;
using static TorchSharp.torch;

namespace Attention.Lab.Tests.RealModel.UseLite;

[Collection(UseLiteCollection.Name)]
public sealed class UseLiteModelTests(UseLitePackage package)
{
    const string Sentence = "The cat sat on the mat because it was tired";

    static (Tensor Output, Tensor Weights) Compute(Tensor q, Tensor k, Tensor v, Tensor? mask) =>
        global::Attention.ScaledDotProductAttention.Compute(q, k, v, mask);

    [Theory]
    [MemberData(nameof(UseLiteReference.Sentences), MemberType = typeof(UseLiteReference))]
    public void Attention_weights_equal_the_TF_js_graph_in_every_layer_and_head(string sentence)
    {
        var reference = UseLiteReference.For(sentence);

        var attentions = package.Model.Attend(sentence, Compute);

        using var weights = attentions.Weights;
        using var expected = tensor(reference.Attention.SelectMany(l => l.SelectMany(h => h.SelectMany(q => q))).ToArray(), weights.shape);
        var largest = (weights - expected).abs().max().item<float>();
        // Measured: at most 3e-6 from the graph (whose values are rounded to 1e-6).
        largest.Should().BeLessThan(1e-5f, "the port computes what the graph computes");
        attentions.Tokens.Should().Equal(reference.Pieces);
    }

    [Fact]
    public void Weights_are_layers_by_heads_by_tokens_by_tokens_and_rows_sum_to_one()
    {
        var attentions = package.Model.Attend(Sentence, Compute);

        using var weights = attentions.Weights;
        weights.shape.Should().Equal(2, 4, 11, 11);
        weights.dtype.Should().Be(ScalarType.Float32);
        using var sums = weights.sum(-1);
        sums.allclose(ones_like(sums), atol: 1e-5).Should().BeTrue();
        attentions.Model.Should().Be("use-lite");
    }

    [Fact]
    public void Every_attention_goes_through_the_function_it_is_handed()
    {
        var calls = new List<long[]>();
        (Tensor, Tensor) Uniform(Tensor q, Tensor k, Tensor v, Tensor? mask)
        {
            calls.Add(q.shape);
            var weights = full(q.shape[0], q.shape[1], q.shape[2], k.shape[2], 1.0f / k.shape[2]);
            return (weights.matmul(v), weights);
        }

        var attentions = package.Model.Attend(Sentence, Uniform);

        using var weights = attentions.Weights;
        calls.Should().BeEquivalentTo(new[] { new long[] { 1, 4, 11, 64 }, [1, 4, 11, 128] }, o => o.WithStrictOrdering());
        weights.allclose(full_like(weights, 1.0f / 11)).Should().BeTrue();
    }

    [Fact]
    public void The_mask_hides_nothing_in_a_single_sentence()
    {
        Tensor? seen = null;
        (Tensor, Tensor) Spy(Tensor q, Tensor k, Tensor v, Tensor? mask)
        {
            seen ??= mask!.clone().DetachFromDisposeScope();
            return Compute(q, k, v, mask);
        }

        package.Model.Attend(Sentence, Spy).Weights.Dispose();

        using var mask = seen!;
        mask.dtype.Should().Be(ScalarType.Bool);
        mask.any().item<bool>().Should().BeFalse();
        mask.shape[^1].Should().Be(11);
    }

    [Fact]
    public void The_model_has_2_layers_of_4_heads() =>
        (package.Model.Name, package.Model.Layers, package.Model.Heads).Should().Be(("use-lite", 2, 4));

    [Fact]
    public void An_empty_sentence_is_refused() =>
        package.Invoking(p => p.Model.Attend("", Compute)).Should().Throw<ArgumentException>();
}
