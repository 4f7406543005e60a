using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Attention.Tests.Support.Checks;

/// <summary>The kinds of error the student's code can throw, each with its French explanation in Messages.resx.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ErrorKind>))]
public enum ErrorKind { NotImplemented, TransposeNot2D, MatmulShapes, Broadcast, Torch, Other }

/// <summary>
/// An exception thrown by the student's code, read: its kind, the shapes it names, and its first line
/// without libtorch's "Exception raised from …" and native frames.
/// </summary>
public sealed partial record StudentError(ErrorKind Kind, string Type, string FirstLine, IReadOnlyList<long[]> Shapes)
{
    public static StudentError From(Exception e)
    {
        var firstLine = FirstLineOf(e.Message);
        var kind = e switch
        {
            NotImplementedException => ErrorKind.NotImplemented,
            _ when firstLine.Contains("t() expects a tensor with <= 2 dimensions", StringComparison.Ordinal) => ErrorKind.TransposeNot2D,
            _ when IsMatmul(e, firstLine) => ErrorKind.MatmulShapes,
            _ when firstLine.Contains("must match the size of tensor", StringComparison.Ordinal) => ErrorKind.Broadcast,
            ExternalException => ErrorKind.Torch,
            _ => ErrorKind.Other,
        };
        return new(kind, e.GetType().Name, firstLine, ShapesIn(firstLine));
    }

    /// <summary>libtorch's matmul/mm/bmm refusals, and the kit's matmul shape check (its exception type or message names matmul).</summary>
    static bool IsMatmul(Exception e, string line) =>
        e.GetType().Name.Contains("Matmul", StringComparison.OrdinalIgnoreCase)
        || line.Contains("matmul", StringComparison.OrdinalIgnoreCase)
        || line.Contains("cannot be multiplied", StringComparison.Ordinal)
        || line.Contains("batch2", StringComparison.Ordinal)
        || line.Contains("size mismatch", StringComparison.Ordinal);

    static string FirstLineOf(string message)
    {
        var cut = message.IndexOf("Exception raised from", StringComparison.Ordinal);
        var text = cut >= 0 ? message[..cut] : message;
        return text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith("frame #", StringComparison.Ordinal)) ?? "";
    }

    /// <summary>Every shape written in the message: (2, 5, 32), [2, 5, 32] or 2x5x32.</summary>
    static List<long[]> ShapesIn(string line) =>
        ShapePattern().Matches(line)
            .Select(m => (m.Groups[1].Success ? m.Groups[1] : m.Groups[2].Success ? m.Groups[2] : m.Groups[3]).Value)
            .Select(s => s.Split([',', 'x', ' '], StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToArray())
            .ToList();

    [GeneratedRegex(@"\((\d+(?:,\s*\d+)+)\)|\[(\d+(?:,\s*\d+)+)\]|\b(\d+(?:x\d+)+)\b")]
    private static partial Regex ShapePattern();

    /// <summary>Whether this error is the one a mistake throws: same kind, and the shapes it names (when the message says them).</summary>
    public bool Is(ErrorData mistake) =>
        mistake.Kind == Kind
        && (mistake.Shapes is null || Shapes.Count == 0
            || mistake.Shapes.All(s => Shapes.Any(shape => shape.SequenceEqual(s))));

    /// <summary>The French (or English) explanation of this kind of error, with libtorch's line after it.</summary>
    public string Explanation() => Kind switch
    {
        ErrorKind.NotImplemented => Feedback.Text(nameof(Messages.NotDoneYet), FirstLine),
        ErrorKind.TransposeNot2D => Feedback.Text(nameof(Messages.ErrorTransposeNot2D), FirstLine),
        ErrorKind.MatmulShapes => Feedback.Text(nameof(Messages.ErrorMatmulShapes), FirstLine),
        ErrorKind.Broadcast => Feedback.Text(nameof(Messages.ErrorBroadcast), FirstLine),
        ErrorKind.Torch => Feedback.Text(nameof(Messages.ErrorTorch), FirstLine),
        ErrorKind.Other => Feedback.Text(nameof(Messages.ErrorOther), Type, FirstLine),
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };
}
