namespace Attention.Tests.Exercises;

/// <summary>Exercice 5 : la fonction d'attention complète (section 4) et l'effet du scaling (section 5).</summary>
[Exercise("ex5")]
public sealed partial class Ex5ComputeTests
{
    [Fact]
    public void Dort_gets_the_true_weights_and_output_of_the_worked_example()
    {
        using var scope = NewDisposeScope();
        var (output, weights) = ScaledDotProductAttention.Compute(LeChatDort.Q, LeChatDort.K, LeChatDort.V);
        weights[2].Should().BeCloseTo(LeChatDort.WeightsDort, 1e-4);
        output[2].Should().BeCloseTo([.. LeChatDort.WeightsDort, 0.0], 1e-4);
    }

    [Fact]
    public void Four_tokens_of_dimension_8_give_a_4x8_output_and_4x4_weights()
    {
        using var scope = NewDisposeScope();
        var (output, weights) = ScaledDotProductAttention.Compute(Reference.Random(23, 4, 8), Reference.Random(24, 4, 8), Reference.Random(25, 4, 8));
        output.Should().HaveShape(4, 8);
        weights.Should().HaveShape(4, 4).And.HaveRowsSummingToOne();
    }

    [Fact]
    public void A_batch_of_2x5x32_gives_2x5x32_and_2x5x5()
    {
        using var scope = NewDisposeScope();
        var x = Reference.Random(26, 2, 5, 32);
        var (output, weights) = ScaledDotProductAttention.Compute(x, x, x);
        output.Should().HaveShape(2, 5, 32).And.BeCloseTo(Reference.Output(x, x, x), 1e-4);
        weights.Should().HaveShape(2, 5, 5).And.HaveRowsSummingToOne();
    }

    [Fact]
    public void D_k_is_read_from_the_keys_not_the_values()
    {
        using var scope = NewDisposeScope();
        var (q, k, v) = (Reference.Random(27, 3, 4), Reference.Random(28, 6, 4), Reference.Random(29, 6, 9));   // d_k = 4, d_v = 9
        var (output, weights) = ScaledDotProductAttention.Compute(q, k, v);
        weights.Should().BeCloseTo(Reference.Weights(q, k), 1e-5);
        output.Should().HaveShape(3, 9).And.BeCloseTo(Reference.Output(q, k, v), 1e-5);
    }

    [Fact]
    public void A_sequence_longer_than_d_k_is_handled()
    {
        using var scope = NewDisposeScope();
        var (q, k, v) = (Reference.Random(30, 7, 2), Reference.Random(31, 7, 2), Reference.Random(32, 7, 2));
        ScaledDotProductAttention.Compute(q, k, v).Output.Should().BeCloseTo(Reference.Output(q, k, v), 1e-5);
    }

    [Fact]
    public void The_inputs_are_left_unchanged()
    {
        using var scope = NewDisposeScope();
        var (q, k, v) = (Reference.Random(33, 3, 4), Reference.Random(34, 3, 4), Reference.Random(35, 3, 4));
        var (q0, k0, v0) = (q.clone(), k.clone(), v.clone());
        ScaledDotProductAttention.Compute(q, k, v);
        Expect.That(q.SameAs(q0) && k.SameAs(k0) && v.SameAs(v0), "InputModified", "q, k, v");
    }

    [Fact]
    public void Large_scores_give_no_NaN()
    {
        using var scope = NewDisposeScope();
        var q = Reference.Random(36, 4, 8) * 300;
        var (output, weights) = ScaledDotProductAttention.Compute(q, q, q);
        weights.Should().BeFinite().And.HaveRowsSummingToOne();
        output.Should().BeFinite();
    }

    [Fact]
    public void With_d_k_512_the_weights_are_spread_like_the_scaled_attention()
    {
        using var scope = NewDisposeScope();
        var (q, k) = (Reference.Random(42, 10, 512), Reference.Random(43, 10, 512));
        var unscaled = Reference.Entropy(q.matmul(k.t()).softmax(-1));
        var scaled = Reference.Entropy(Reference.Weights(q, k));
        Expect.That(unscaled < 0.5 && scaled > 1.5, "EntropyReference", unscaled, scaled);   // section 5, as the handout says

        var student = Reference.Entropy(ScaledDotProductAttention.Compute(q, k, k).Weights);
        Expect.That(Math.Abs(student - scaled) < 0.05, "EntropyLikeUnscaled", Number(student), Number(scaled), Number(unscaled));
    }

    static string Number(double value) => TensorText.Number(value);
}
