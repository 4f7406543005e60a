using System.Text.RegularExpressions;
using Attention.Grader.Localization;

namespace Attention.Grader.Child;

/// <summary>
/// libtorch's own errors as a student should read them: without the C++ backtrace, and for the
/// errors students hit, the French explanation of the mistake behind them (Strings.resx) first.
/// </summary>
public static partial class LibtorchErrors
{
    /// <summary>The first line of each error students hit, and the resource that explains it.</summary>
    static readonly (Regex Pattern, string Key)[] Known =
    [
        (TransposeOf3D(), nameof(Strings.LibtorchTransposeOf3D)),
        (MatrixShapes(), nameof(Strings.LibtorchMatrixShapes)),
        (BatchShapes(), nameof(Strings.LibtorchBatchShapes)),
        (Broadcast(), nameof(Strings.LibtorchBroadcast)),
        (DimensionOutOfRange(), nameof(Strings.LibtorchDimensionOutOfRange)),
        (MaskNotBoolean(), nameof(Strings.LibtorchMaskNotBoolean)),
        (DifferentTypes(), nameof(Strings.LibtorchDifferentTypes)),
    ];

    /// <summary>
    /// Drops libtorch's backtrace: the line "Exception raised from … (most recent call first):" and
    /// the "frame #n:" lines, wherever they appear in <paramref name="message"/>.
    /// </summary>
    public static string WithoutNativeFrames(string message)
    {
        var lines = message.Replace("\r", "").Split('\n')
            .Where(line => !NativeFrame().IsMatch(line) && !line.TrimStart().StartsWith("Exception raised from ", StringComparison.Ordinal));
        return string.Join("\n", lines).Trim();
    }

    /// <summary>The explanation of <paramref name="line"/> if it is an error students hit, else null.</summary>
    public static string? Explain(string language, string line) =>
        Known.FirstOrDefault(known => known.Pattern.IsMatch(line)).Key is { } key ? Texts.Of(language, key) : null;

    [GeneratedRegex(@"^\s*frame #\d+:")]
    private static partial Regex NativeFrame();

    [GeneratedRegex(@"\bt\(\) expects a tensor with <= 2 dimensions")]
    private static partial Regex TransposeOf3D();

    [GeneratedRegex(@"mat1 and mat2 shapes cannot be multiplied|size mismatch, got input \(\d+\), mat \(\d+x\d+\)")]
    private static partial Regex MatrixShapes();

    [GeneratedRegex(@"Expected size for first two dimensions of batch2 tensor|batch1 and batch2 must have same number of batches|Expected batch2_sizes\[0\] == bs")]
    private static partial Regex BatchShapes();

    [GeneratedRegex(@"The size of tensor a \(\d+\) must match the size of tensor b \(\d+\)")]
    private static partial Regex Broadcast();

    [GeneratedRegex(@"Dimension out of range")]
    private static partial Regex DimensionOutOfRange();

    [GeneratedRegex(@"masked_fill_? only supports boolean masks")]
    private static partial Regex MaskNotBoolean();

    [GeneratedRegex(@"expected (m1 and m2|mat1 and mat2|both vectors) to have the same dtype|expected scalar type \w+ but found \w+")]
    private static partial Regex DifferentTypes();
}
