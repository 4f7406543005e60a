using System.Buffers.Binary;
using System.Text.Json;
using static TorchSharp.torch;

namespace Attention.Lab.Tests.RealModel.DistilBert;

/// <summary>Writes tensors in the safetensors format, for the reader's tests and the tiny checkpoints.</summary>
public static class SafeTensorsWriter
{
    public static void Write(string path, IReadOnlyDictionary<string, Tensor> tensors)
    {
        var header = new Dictionary<string, object> { ["__metadata__"] = new Dictionary<string, string> { ["format"] = "pt" } };
        var data = new List<byte[]>();
        long offset = 0;
        foreach (var (name, tensor) in tensors)
        {
            var bytes = tensor.contiguous().bytes.ToArray();
            header[name] = new { dtype = DType(tensor.dtype), shape = tensor.shape, data_offsets = new[] { offset, offset + bytes.Length } };
            data.Add(bytes);
            offset += bytes.Length;
        }
        var json = JsonSerializer.SerializeToUtf8Bytes(header);
        using var file = File.Create(path);
        Span<byte> length = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(length, (ulong)json.Length);
        file.Write(length);
        file.Write(json);
        foreach (var bytes in data) file.Write(bytes);
    }

    static string DType(ScalarType type) => type switch
    {
        ScalarType.Float32 => "F32",
        ScalarType.Float64 => "F64",
        ScalarType.Float16 => "F16",
        ScalarType.Int64 => "I64",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
