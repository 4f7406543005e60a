using System.Globalization;
using System.Text;
using static TorchSharp.torch;

namespace Attention.Lab.Printing;

/// <summary>
/// Tensors printed as PyTorch prints them, so that the output reads like the handout's:
/// <code>
/// tensor([[ 0.3367,  0.1288],
///         [-1.1229, -0.1863]])
/// </code>
/// 4 decimals by default, aligned columns, integers and booleans as such; more than 1000 values
/// are summarised with "..." (3 items at each end of each dimension).
/// </summary>
internal static class TensorPrinter
{
    const string Prefix = "tensor(";
    const int SummaryThreshold = 1000;
    const int EdgeItems = 3;

    public static string Format(Tensor tensor, int decimals = 4)
    {
        var shape = tensor.shape;
        var cells = Cells(tensor, decimals);
        if (shape.Length == 0) return Prefix + cells[0] + ")";
        var width = cells.Length == 0 ? 0 : cells.Max(cell => cell.Length);
        var text = new StringBuilder(Prefix);
        Append(text, cells, width, shape, 0, 0, summarise: cells.Length > SummaryThreshold);
        return text.Append(')').ToString();
    }

    /// <summary>A shape as the handout's comments write it: (3, 4).</summary>
    public static string Shape(Tensor tensor) => Shape(tensor.shape);

    public static string Shape(params long[] shape) => "(" + string.Join(", ", shape) + ")";

    static string[] Cells(Tensor tensor, int decimals)
    {
        using var scope = NewDisposeScope();
        var values = tensor.detach().cpu().contiguous();
        if (values.dtype == ScalarType.Bool)
            return values.data<bool>().ToArray().Select(value => value ? "True" : "False").ToArray();
        if (is_integral(values.dtype))
            return values.to_type(ScalarType.Int64).data<long>().ToArray().Select(value => value.ToString(CultureInfo.InvariantCulture)).ToArray();
        return values.to_type(ScalarType.Float64).data<double>().ToArray().Select(value => Number(value, decimals)).ToArray();
    }

    static string Number(double value, int decimals) => value switch
    {
        double.NaN => "nan",
        double.PositiveInfinity => "inf",
        double.NegativeInfinity => "-inf",
        _ => Formatting.Number(value, decimals),
    };

    static void Append(StringBuilder text, string[] cells, int width, long[] shape, int dim, long offset, bool summarise)
    {
        var stride = shape.Skip(dim + 1).Aggregate(1L, (product, size) => product * size);
        var last = dim == shape.Length - 1;
        var separator = last ? ", " : "," + new string('\n', shape.Length - dim - 1) + new string(' ', Prefix.Length + dim + 1);
        text.Append('[');
        var first = true;
        foreach (var index in Indices(shape[dim], summarise))
        {
            if (!first) text.Append(separator);
            first = false;
            if (index < 0) text.Append("...");
            else if (last) text.Append(cells[offset + index].PadLeft(width));
            else Append(text, cells, width, shape, dim + 1, offset + index * stride, summarise);
        }
        text.Append(']');
    }

    /// <summary>0 … size-1, or the first and last <see cref="EdgeItems"/> around a -1 that stands for "...".</summary>
    static IEnumerable<long> Indices(long size, bool summarise) =>
        summarise && size > 2 * EdgeItems
            ? Range(0, EdgeItems).Append(-1).Concat(Range(size - EdgeItems, EdgeItems))
            : Range(0, size);

    static IEnumerable<long> Range(long start, long count)
    {
        for (var i = start; i < start + count; i++) yield return i;
    }
}
