namespace Attention.Tests.Support;

public static class TensorLiterals
{
    public static Tensor ToTensor(this double[,] values) => tensor(values, ScalarType.Float64);
}

public static class TensorComparison
{
    /// <summary>Same shape and the exact same values.</summary>
    public static bool SameAs(this Tensor a, Tensor b) => a.shape.SequenceEqual(b.shape) && a.eq(b).all().item<bool>();
}
