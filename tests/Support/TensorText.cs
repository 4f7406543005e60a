using System.Globalization;
using System.Text;

namespace Attention.Tests.Support;

/// <summary>Short, readable renderings of tensors and shapes for failure messages.</summary>
public static class TensorText
{
    const int MaxValues = 24;

    public static string Shape(long[] shape) => "(" + string.Join(", ", shape) + ")";

    public static string Shape(Tensor tensor) => Shape(tensor.shape);

    /// <summary>Nested brackets with 4 decimals, cut after a few values: [[0.3600, 0.7400], …].</summary>
    public static string Values(Tensor tensor)
    {
        using var flat = tensor.detach().cpu().to_type(ScalarType.Float64).flatten();
        var values = flat.data<double>().ToArray();
        if (tensor.shape.Length == 0) return Number(values[0]);
        var text = new StringBuilder();
        Append(text, values, tensor.shape, 0, 0);
        return text.ToString();
    }

    public static string Number(double value) => value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "∞",
        double.NegativeInfinity => "-∞",
        _ => value.ToString("0.0000", CultureInfo.InvariantCulture),
    };

    /// <summary>A tolerance, with as many decimals as it needs: 0.00001 rather than 0.0000.</summary>
    public static string Tolerance(double value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    public static string Index(long flatIndex, long[] shape)
    {
        var index = new long[shape.Length];
        for (var d = shape.Length - 1; d >= 0; d--)
        {
            index[d] = shape[d] == 0 ? 0 : flatIndex % shape[d];
            flatIndex = shape[d] == 0 ? 0 : flatIndex / shape[d];
        }
        return "[" + string.Join(", ", index) + "]";
    }

    static int Append(StringBuilder text, double[] values, long[] shape, int dim, int offset)
    {
        text.Append('[');
        var stride = 1;
        for (var d = dim + 1; d < shape.Length; d++) stride *= (int)shape[d];
        for (var i = 0; i < shape[dim]; i++)
        {
            if (i > 0) text.Append(", ");
            if (offset + i * stride >= MaxValues) { text.Append('…'); break; }
            if (dim == shape.Length - 1) text.Append(Number(values[offset + i]));
            else Append(text, values, shape, dim + 1, offset + i * stride);
        }
        text.Append(']');
        return offset;
    }
}
