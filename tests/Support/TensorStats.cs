namespace Attention.Tests.Support;

/// <summary>Measures of the weights that the handout uses (section 5).</summary>
public static class TensorStats
{
    /// <summary>Mean entropy of the rows: −Σ p·log p, with p clamped at 1e-9 inside the log.</summary>
    public static double Entropy(Tensor p)
    {
        using var scope = NewDisposeScope();
        var probabilities = p.detach().to_type(ScalarType.Float64);
        return (-(probabilities * probabilities.clamp_min(1e-9).log()).sum(-1).mean()).item<double>();
    }
}
