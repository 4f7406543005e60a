using static TorchSharp.torch;

namespace Attention.Lab.Printing;

/// <summary>Tensors as plain arrays, for tables, bars and figures.</summary>
internal static class Matrices
{
    /// <summary>A 2-D tensor's values (any dtype, any device) as doubles.</summary>
    public static double[,] ToMatrix(Tensor tensor)
    {
        if (tensor.dim() != 2) throw new ArgumentException(Formatting.Format(Strings.MatrixExpected, TensorPrinter.Shape(tensor)), nameof(tensor));
        var (rows, columns) = ((int)tensor.shape[0], (int)tensor.shape[1]);
        var values = ToArray(tensor);
        var matrix = new double[rows, columns];
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < columns; j++)
                matrix[i, j] = values[i * columns + j];
        return matrix;
    }

    /// <summary>Every value of <paramref name="tensor"/>, flattened, as doubles.</summary>
    public static double[] ToArray(Tensor tensor)
    {
        using var scope = NewDisposeScope();
        return tensor.detach().cpu().to_type(ScalarType.Float64).contiguous().data<double>().ToArray();
    }

    public static double[] Row(double[,] matrix, int row) =>
        Enumerable.Range(0, matrix.GetLength(1)).Select(j => matrix[row, j]).ToArray();

    public static int ArgMax(IReadOnlyList<double> values) =>
        Enumerable.Range(0, values.Count).MaxBy(i => values[i]);
}
