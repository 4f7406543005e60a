using Attention.Lab.Printing;
using TorchSharp;
using static TorchSharp.torch;

namespace Attention.Lab.Sections;

/// <summary>
/// What is wrong with the student's causal mask, or with Compute's weights under it, said in the
/// student's words (Strings.resx); null when it is right. The right mask is checked cell by cell
/// (true exactly where the column is after the row), never computed as tensors.
/// </summary>
internal static class MaskCheck
{
    /// <summary>How far from 0 a hidden position's weight, or from 1 a row's sum, may be.</summary>
    const double Tolerance = 1e-5;

    public static string? OfMask(Tensor mask, long seqLen)
    {
        if (!mask.shape.SequenceEqual([seqLen, seqLen]))
            return Formatting.Format(Strings.MaskWrongShape, seqLen, TensorPrinter.Shape(seqLen, seqLen), TensorPrinter.Shape(mask));
        var hidden = Cells(mask);
        var pattern = Pattern(hidden);
        if (mask.dtype == ScalarType.Bool) return pattern;
        var notBoolean = Formatting.Format(Strings.MaskNotBoolean, mask.dtype);
        return pattern is null ? notBoolean : notBoolean + " " + pattern;
    }

    public static string? OfWeights(Tensor weights, long seqLen)
    {
        if (!weights.shape.SequenceEqual([seqLen, seqLen]))
            return Formatting.Format(Strings.MaskedWeightsWrongShape, TensorPrinter.Shape(seqLen, seqLen), TensorPrinter.Shape(weights));
        var values = Values(weights);
        for (var row = 0; row < seqLen; row++)
            for (var column = 0; column < seqLen; column++)
                if (!double.IsFinite(values[row, column]))
                    return Formatting.Format(Strings.MaskedWeightsNotFinite, row, column);
        for (var row = 0; row < seqLen; row++)
            for (var column = row + 1; column < seqLen; column++)
                if (Math.Abs(values[row, column]) > Tolerance)
                    return Formatting.Format(Strings.MaskedWeightsSeeTheFuture, row, column, Formatting.Number(values[row, column], 2));
        for (var row = 0; row < seqLen; row++)
        {
            var sum = Enumerable.Range(0, (int)seqLen).Sum(column => values[row, column]);
            if (Math.Abs(sum - 1) > Tolerance)
                return Formatting.Format(Strings.MaskedWeightsDoNotSumToOne, row, Formatting.Number(sum, 2));
        }
        return null;
    }

    /// <summary>The known wrong masks by name, else the first wrong cell.</summary>
    static string? Pattern(bool[,] hidden)
    {
        if (Is(hidden, (row, column) => column > row)) return null;
        if (Is(hidden, (row, column) => column <= row)) return Strings.MaskInverted;
        if (Is(hidden, (row, column) => column >= row)) return Strings.MaskHidesTheDiagonal;
        if (Is(hidden, (row, column) => column < row)) return Strings.MaskHidesThePast;
        if (Is(hidden, (row, column) => column > row + 1)) return Strings.MaskShifted;
        if (Is(hidden, (_, _) => false)) return Strings.MaskHidesNothing;
        if (Is(hidden, (_, _) => true)) return Strings.MaskHidesEverything;
        var n = hidden.GetLength(0);
        var (wrongRow, wrongColumn) = Enumerable.Range(0, n).SelectMany(row => Enumerable.Range(0, n).Select(column => (row, column)))
            .First(cell => hidden[cell.row, cell.column] != cell.column > cell.row);
        return Formatting.Format(hidden[wrongRow, wrongColumn] ? Strings.MaskHidesAVisibleCell : Strings.MaskShowsAFutureCell, wrongRow, wrongColumn);
    }

    static bool Is(bool[,] hidden, Func<int, int, bool> expected)
    {
        for (var row = 0; row < hidden.GetLength(0); row++)
            for (var column = 0; column < hidden.GetLength(1); column++)
                if (hidden[row, column] != expected(row, column)) return false;
        return true;
    }

    /// <summary>True where the mask hides (any non-zero value, whatever its type).</summary>
    static bool[,] Cells(Tensor mask)
    {
        using var scope = NewDisposeScope();
        var flat = mask.detach().cpu().ne(0).flatten().data<bool>().ToArray();
        var n = (int)mask.shape[0];
        var cells = new bool[n, n];
        for (var i = 0; i < flat.Length; i++) cells[i / n, i % n] = flat[i];
        return cells;
    }

    static double[,] Values(Tensor weights)
    {
        using var scope = NewDisposeScope();
        var flat = weights.detach().cpu().to_type(ScalarType.Float64).flatten().data<double>().ToArray();
        var n = (int)weights.shape[0];
        var values = new double[n, n];
        for (var i = 0; i < flat.Length; i++) values[i / n, i % n] = flat[i];
        return values;
    }
}
