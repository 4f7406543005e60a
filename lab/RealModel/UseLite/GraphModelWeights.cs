using System.Runtime.InteropServices;
using System.Text.Json;
using static TorchSharp.torch;

namespace Attention.Lab.RealModel.UseLite;

/// <summary>
/// The weights of a TF.js graph model: model.json's <c>weightsManifest</c> lists, group by group, the
/// shard files and the tensors stored one after the other across them (name, shape, dtype).
/// See https://www.tensorflow.org/js/guide/save_load (format of model.json).
/// </summary>
public sealed class GraphModelWeights : IDisposable
{
    readonly Dictionary<string, Tensor> tensors;

    GraphModelWeights(Dictionary<string, Tensor> tensors) => this.tensors = tensors;

    public IReadOnlyCollection<string> Names => tensors.Keys;

    public bool Contains(string name) => tensors.ContainsKey(name);

    /// <summary>The tensor called <paramref name="name"/> in the manifest.</summary>
    public Tensor this[string name] =>
        tensors.TryGetValue(name, out var tensor) ? tensor : throw new ModelUnavailableException(string.Format(Strings.UseLiteMissingWeight, name));

    /// <summary>Reads <paramref name="modelJson"/> and the shards next to it.</summary>
    public static GraphModelWeights Read(string modelJson)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(modelJson))!;
        using var document = JsonDocument.Parse(File.ReadAllBytes(modelJson));
        if (!document.RootElement.TryGetProperty("weightsManifest", out var manifest))
            throw new ModelUnavailableException(string.Format(Strings.UseLiteBadManifest, modelJson, "weightsManifest"));
        var tensors = new Dictionary<string, Tensor>();
        try
        {
            foreach (var group in manifest.EnumerateArray())
            {
                // The shards of a group are one byte stream cut into files (4 MB each by default).
                var bytes = group.GetProperty("paths").EnumerateArray()
                    .SelectMany(path => File.ReadAllBytes(Path.Combine(folder, path.GetString()!)))
                    .ToArray();
                var offset = 0L;
                foreach (var weight in group.GetProperty("weights").EnumerateArray())
                {
                    var (name, tensor, length) = ReadWeight(weight, bytes, offset, modelJson);
                    tensors[name] = tensor;
                    offset += length;
                }
                if (offset != bytes.LongLength) throw new ModelUnavailableException(string.Format(Strings.UseLiteBadManifest, modelJson, $"{offset} ≠ {bytes.LongLength} bytes"));
            }
        }
        catch
        {
            foreach (var tensor in tensors.Values) tensor.Dispose();
            throw;
        }
        return new GraphModelWeights(tensors);
    }

    static (string Name, Tensor Tensor, long Length) ReadWeight(JsonElement weight, byte[] bytes, long offset, string modelJson)
    {
        var name = weight.GetProperty("name").GetString()!;
        // Quantized weights (uint8/uint16 with a scale and a minimum, or float16) would need dequantizing;
        // USE-lite ships plain float32, so anything else is refused rather than misread.
        if (weight.TryGetProperty("quantization", out _))
            throw new ModelUnavailableException(string.Format(Strings.UseLiteUnsupportedWeight, name, "quantization"));
        var dtype = weight.GetProperty("dtype").GetString();
        var type = dtype switch
        {
            "float32" => ScalarType.Float32,
            "int32" => ScalarType.Int32,
            _ => throw new ModelUnavailableException(string.Format(Strings.UseLiteUnsupportedWeight, name, dtype)),
        };
        var shape = weight.GetProperty("shape").EnumerateArray().Select(d => d.GetInt64()).ToArray();
        var length = shape.Aggregate(1L, (a, b) => a * b) * 4;
        if (offset + length > bytes.LongLength)
            throw new ModelUnavailableException(string.Format(Strings.UseLiteBadManifest, modelJson, name));
        var slice = bytes.AsSpan((int)offset, (int)length);
        // The shards are little-endian, like every platform the lab runs on.
        var values = type == ScalarType.Float32
            ? tensor(MemoryMarshal.Cast<byte, float>(slice).ToArray(), shape)
            : tensor(MemoryMarshal.Cast<byte, int>(slice).ToArray(), shape);
        // The weights live as long as the model, whatever dispose scope is open while it loads.
        return (name, values.DetachFromDisposeScope(), length);
    }

    public void Dispose()
    {
        foreach (var tensor in tensors.Values) tensor.Dispose();
    }
}
