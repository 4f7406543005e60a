namespace Attention.Tests.Exercises;

/// <summary>Exercice 4 : la sortie, moyenne pondérée des values.</summary>
[Exercise("ex4")]
public sealed partial class Ex4OutputTests
{
    [Fact]
    public void The_output_of_dort_with_the_printed_weights_matches_the_handout()
    {
        using var scope = NewDisposeScope();
        var weights = tensor(LeChatDort.PrintedWeightsDort, ScalarType.Float32).unsqueeze(0);
        ScaledDotProductAttention.Output(weights, LeChatDort.V).Should().BeCloseTo(new double[,] { { 0.26, 0.42, 0.32, 0 } }.ToTensor(), 1e-6);
    }

    [Fact]
    public void Four_tokens_of_dimension_8_give_a_4x8_output()
    {
        using var scope = NewDisposeScope();
        var weights = Reference.Random(17, 4, 4).softmax(-1);
        ScaledDotProductAttention.Output(weights, Reference.Random(18, 4, 8)).Should().HaveShape(4, 8);
    }

    [Fact]
    public void Each_output_row_is_the_weighted_sum_of_the_values()
    {
        using var scope = NewDisposeScope();
        var weights = Reference.Random(19, 2, 3).softmax(-1);   // 2 queries, 3 keys
        var v = Reference.Random(20, 3, 5);                      // d_v = 5
        ScaledDotProductAttention.Output(weights, v).Should().HaveShape(2, 5).And.BeCloseTo(weights.matmul(v));
    }

    [Fact]
    public void Batched_weights_give_a_batched_output()
    {
        using var scope = NewDisposeScope();
        var weights = Reference.Random(21, 2, 5, 5).softmax(-1);
        var v = Reference.Random(22, 2, 5, 32);
        ScaledDotProductAttention.Output(weights, v).Should().HaveShape(2, 5, 32).And.BeCloseTo(weights.matmul(v), 1e-5);
    }
}
