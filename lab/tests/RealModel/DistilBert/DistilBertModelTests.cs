using Attention.Lab.RealModel;
using Attention.Lab.RealModel.DistilBert;
using TorchSharp;
using static TorchSharp.torch;

namespace Attention.Lab.Tests.RealModel.DistilBert;

/// <summary>The model as the lab uses it: a folder, a sentence, the student's attention.</summary>
public sealed class DistilBertModelTests
{
    static readonly AttentionFunction Reference = Attention.ScaledDotProductAttention.Compute;

    [Fact]
    public void Attend_gives_the_tokens_and_the_weights_of_every_layer_and_head()
    {
        using var model = DistilBertModel.Load(TinyCheckpoint.Directory(), TinyCheckpoint.Heads);

        var attentions = model.Attend("The cat sat on the mat", Reference);

        attentions.Model.Should().Be("distilbert");
        attentions.Tokens.Should().Equal("[CLS]", "the", "cat", "sat", "on", "the", "mat", "[SEP]");
        attentions.Weights.shape.Should().Equal(TinyCheckpoint.Layers, TinyCheckpoint.Heads, 8, 8);
        attentions.Weights.dtype.Should().Be(ScalarType.Float32);
        var rowSums = attentions.Weights.sum(-1);
        rowSums.allclose(ones_like(rowSums), atol: 1e-5).Should().BeTrue();
        (model.Layers, model.Heads, model.Name).Should().Be((TinyCheckpoint.Layers, TinyCheckpoint.Heads, "distilbert"));
    }

    [Fact]
    public void Attend_leaves_no_gradient_and_no_temporary_tensor_behind()
    {
        using var model = DistilBertModel.Load(TinyCheckpoint.Directory(), TinyCheckpoint.Heads);
        model.Attend("the cat", Reference).Weights.Dispose();
        var before = DisposeScopeManager.Statistics.ThreadTotalLiveCount;

        using var weights = model.Attend("the cat sat", Reference).Weights;

        weights.requires_grad.Should().BeFalse();
        (DisposeScopeManager.Statistics.ThreadTotalLiveCount - before).Should().Be(1, "only the weights it returns stay alive");
    }

    [Fact]
    public void Attend_runs_the_attention_it_is_handed()
    {
        using var model = DistilBertModel.Load(TinyCheckpoint.Directory(), TinyCheckpoint.Heads);
        var calls = 0;
        AttentionFunction counting = (q, k, v, mask) =>
        {
            calls++;
            return Attention.ScaledDotProductAttention.Compute(q, k, v, mask);
        };

        model.Attend("the dog sat", counting);

        calls.Should().Be(TinyCheckpoint.Layers);
    }

    [Fact]
    public void A_sentence_longer_than_the_positions_keeps_its_start_and_SEP()
    {
        using var model = DistilBertModel.Load(TinyCheckpoint.Directory(), TinyCheckpoint.Heads);

        var attentions = model.Attend(string.Join(' ', Enumerable.Repeat("cat", 20)), Reference);

        attentions.Tokens.Should().HaveCount(TinyCheckpoint.Positions);
        attentions.Tokens[0].Should().Be("[CLS]");
        attentions.Tokens[^1].Should().Be("[SEP]");
    }

    [Fact]
    public void A_vocabulary_other_than_bert_base_uncased_is_a_warning()
    {
        using var model = DistilBertModel.Load(TinyCheckpoint.Directory(), TinyCheckpoint.Heads);

        model.Warning.Should().Contain("bert-base-uncased").And.Contain("vocab.txt");
    }

    [Fact]
    public void A_folder_without_weights_names_the_missing_file()
    {
        var directory = TinyCheckpoint.Directory();
        File.Delete(Path.Combine(directory, "model.safetensors"));

        var load = () => DistilBertModel.Load(directory, TinyCheckpoint.Heads);

        load.Should().Throw<ModelUnavailableException>().WithMessage("*model.safetensors*");
    }

    [Fact]
    public async Task A_cached_model_loads_without_the_network()
    {
        // dim 24, so that it runs with the 12 heads LoadFromCacheAsync assumes.
        var directory = TinyCheckpoint.Directory(TinyCheckpoint.Weights(dim: 24));
        using var unreachable = new HubDownload("http://127.0.0.1:1");

        using var model = await DistilBertModel.LoadFromCacheAsync(hub: unreachable, directory: directory,
            cancellation: TestContext.Current.CancellationToken);

        (model.Layers, model.Heads).Should().Be((TinyCheckpoint.Layers, 12));
    }
}
