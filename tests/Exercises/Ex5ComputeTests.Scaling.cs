namespace Attention.Tests.Exercises;

/// <summary>Exercice 5, section 5 of the handout: why divide by √d_k, measured by the entropy of the weights.</summary>
public sealed partial class Ex5ComputeTests
{
    // 10 tokens of dimension 512 (Checks/ex5.json, case section5): the entropies of softmax(QKᵀ/√512) and of softmax(QKᵀ).
    static double ScaledEntropy(Check.Result r) => TensorStats.Entropy(r.Expected("weights"));

    static double UnscaledEntropy => TensorStats.Entropy(CheckFile.Of("ex5").Case("ex5.section5").Mistakes["no-scaling"].Outputs!["weights"].ToTensor());

    [Fact]
    public void Weights_over_512_dimensions_are_as_spread_as_the_scaled_softmax()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex5.section5").Verify(r =>
        {
            r["weights"].Should().HaveShape([10, 10], nameof(Messages.HintComputeSteps));
            var entropy = TensorStats.Entropy(r["weights"]!);
            Verdict.FailUnless(Math.Abs(entropy - ScaledEntropy(r)) < 0.05, nameof(Messages.EntropyNotScaled),
                TensorText.Number(ScaledEntropy(r)), TensorText.Number(entropy), TensorText.Number(UnscaledEntropy));
        });
    }

    [Fact]
    public void Weights_over_512_dimensions_are_not_peaked_like_the_unscaled_softmax()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex5.section5").Verify(r =>
        {
            r["weights"].Should().HaveShape([10, 10], nameof(Messages.HintComputeSteps));
            var entropy = TensorStats.Entropy(r["weights"]!);
            Verdict.FailUnless(entropy > 1.5 && entropy > UnscaledEntropy + 1, nameof(Messages.EntropyPeaked),
                TensorText.Number(entropy), TensorText.Number(UnscaledEntropy), TensorText.Number(ScaledEntropy(r)));
        });
    }
}
