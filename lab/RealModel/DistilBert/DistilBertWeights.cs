using TorchSharp;
using static TorchSharp.torch;

namespace Attention.Lab.RealModel.DistilBert;

/// <summary>Puts a Hugging Face checkpoint's tensors into a <see cref="DistilBertEncoder"/>, by name.</summary>
public static class DistilBertWeights
{
    /// <summary>The prefix of the base model's keys in DistilBertForMaskedLM checkpoints (the hub's file).</summary>
    public const string Prefix = "distilbert.";

    /// <summary>
    /// Reads <paramref name="path"/> and builds the encoder it holds. Keys may carry the
    /// "distilbert." prefix or not; the MLM head (vocab_transform, vocab_projector…) is ignored.
    /// </summary>
    public static DistilBertEncoder Load(string path, int heads = DistilBertConfig.BaseHeads)
    {
        var file = Path.GetFileName(path);
        var tensors = SafeTensors.Load(path);
        try
        {
            var weights = WithoutPrefix(tensors);
            var encoder = new DistilBertEncoder(DistilBertConfig.FromWeights(weights, file, heads));
            try
            {
                CopyInto(encoder, weights, file);
            }
            catch
            {
                encoder.Dispose();
                throw;
            }
            encoder.eval();
            return encoder;
        }
        finally
        {
            foreach (var tensor in tensors.Values) tensor.Dispose();
        }
    }

    /// <summary>The tensor <paramref name="key"/>, or a one-line error naming it.</summary>
    public static Tensor Require(IReadOnlyDictionary<string, Tensor> weights, string key, string file) =>
        weights.TryGetValue(key, out var tensor)
            ? tensor
            : throw new ModelUnavailableException(string.Format(Strings.Culture, Strings.DistilBertMissingWeight, file, key));

    static Dictionary<string, Tensor> WithoutPrefix(Dictionary<string, Tensor> tensors) =>
        tensors.ToDictionary(entry => entry.Key.StartsWith(Prefix, StringComparison.Ordinal) ? entry.Key[Prefix.Length..] : entry.Key, entry => entry.Value);

    static void CopyInto(DistilBertEncoder encoder, IReadOnlyDictionary<string, Tensor> weights, string file)
    {
        using var noGrad = no_grad();
        foreach (var (name, parameter) in encoder.named_parameters())
        {
            var source = Require(weights, name, file);
            if (!source.shape.SequenceEqual(parameter.shape))
                throw new ModelUnavailableException(string.Format(Strings.Culture, Strings.DistilBertWrongShape, file, name,
                    string.Join('×', source.shape), string.Join('×', parameter.shape)));
            parameter.copy_(source);
        }
    }
}
