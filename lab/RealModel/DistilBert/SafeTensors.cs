using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text.Json;
using TorchSharp;
using static TorchSharp.torch;

namespace Attention.Lab.RealModel.DistilBert;

/// <summary>
/// Reads a .safetensors file (8-byte little-endian header length, a JSON header, then the raw
/// tensors) into float32 tensors by name. TorchSharp 0.107 has no reader of its own.
/// See https://github.com/huggingface/safetensors#format.
/// </summary>
public static class SafeTensors
{
    // A header is a few hundred kilobytes at most; a larger "length" means this is not a safetensors file.
    const long MaxHeaderBytes = 100_000_000;

    /// <summary>Every tensor of <paramref name="path"/>; the caller disposes them.</summary>
    public static Dictionary<string, Tensor> Load(string path)
    {
        var file = Path.GetFileName(path);
        using var stream = File.OpenRead(path);
        var entries = ReadHeader(stream, file, out var dataStart);
        var tensors = new Dictionary<string, Tensor>(entries.Count);
        try
        {
            foreach (var entry in entries)
                tensors[entry.Name] = ReadTensor(stream, file, dataStart, entry);
            return tensors;
        }
        catch
        {
            foreach (var tensor in tensors.Values) tensor.Dispose();
            throw;
        }
    }

    sealed record Entry(string Name, string DType, long[] Shape, long Begin, long End);

    static List<Entry> ReadHeader(FileStream stream, string file, out long dataStart)
    {
        Span<byte> lengthBytes = stackalloc byte[8];
        if (stream.Length < 8) throw Invalid(file, "header");
        stream.ReadExactly(lengthBytes);
        var length = BinaryPrimitives.ReadUInt64LittleEndian(lengthBytes);
        if (length > MaxHeaderBytes || (long)length > stream.Length - 8) throw Invalid(file, "header length");
        var header = new byte[length];
        stream.ReadExactly(header);
        dataStart = 8 + (long)length;

        var entries = new List<Entry>();
        try
        {
            using var json = JsonDocument.Parse(header);
            foreach (var property in json.RootElement.EnumerateObject())
            {
                if (property.Name == "__metadata__") continue;
                var value = property.Value;
                var offsets = value.GetProperty("data_offsets");
                entries.Add(new Entry(
                    property.Name,
                    value.GetProperty("dtype").GetString() ?? "",
                    [.. value.GetProperty("shape").EnumerateArray().Select(d => d.GetInt64())],
                    offsets[0].GetInt64(),
                    offsets[1].GetInt64()));
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException or IndexOutOfRangeException)
        {
            throw Invalid(file, "JSON header");
        }
        return entries;
    }

    static Tensor ReadTensor(FileStream stream, string file, long dataStart, Entry entry)
    {
        if (entry.DType != "F32")
            throw new ModelUnavailableException(string.Format(Strings.Culture, Strings.DistilBertUnsupportedDType, entry.Name, file, entry.DType));
        var count = entry.Shape.Aggregate(1L, (product, dimension) => product * dimension);
        if (entry.Begin < 0 || entry.End - entry.Begin != count * sizeof(float) || dataStart + entry.End > stream.Length)
            throw Invalid(file, entry.Name);

        var values = new float[count];
        stream.Position = dataStart + entry.Begin;
        // The file is little-endian, like every platform the lab runs on (x64, arm64).
        stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return tensor(values, entry.Shape, ScalarType.Float32);
    }

    static ModelUnavailableException Invalid(string file, string part) =>
        new(string.Format(Strings.Culture, Strings.DistilBertInvalidSafeTensors, file, part));
}
