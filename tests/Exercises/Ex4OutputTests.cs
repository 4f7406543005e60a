namespace Attention.Tests.Exercises;

/// <summary>Exercice 4 : la sortie, poids · V. Calls only Output, on weights made by hand.</summary>
[Exercise("ex4")]
public sealed partial class Ex4OutputTests
{
    [Fact]
    public void The_printed_weights_of_dort_give_the_handout_output()
    {
        using var scope = NewDisposeScope();
        // Step 4 of the handout on its own, with the weights it prints (0.26, 0.42, 0.32).
        var output = ScaledDotProductAttention.Output(tensor(LeChatDort.PrintedWeightsDort, ScalarType.Float32).unsqueeze(0), LeChatDort.V);
        output.Should().BeCloseTo(tensor(new[,] { { 0.26, 0.42, 0.32, 0.0 } }), 1e-6, "HintWeightsTimesValues");
    }

    [Fact]
    public void Weights_4x4_and_values_4x8_give_a_4x8_output()
    {
        using var scope = NewDisposeScope();
        manual_seed(41);
        var output = ScaledDotProductAttention.Output(randn(4, 4).softmax(-1), randn(4, 8));
        output.Should().HaveShape([4, 8], "HintWeightsTimesValues");
    }

    [Fact]
    public void Each_output_row_is_the_weighted_sum_of_the_values()
    {
        using var scope = NewDisposeScope();
        var weights = tensor(new float[,] { { 1.0f, 0.0f, 0.0f }, { 0.5f, 0.5f, 0.0f }, { 0.2f, 0.3f, 0.5f } });
        var values = tensor(new float[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } });
        var output = ScaledDotProductAttention.Output(weights, values);
        output.Should().BeCloseTo(tensor(new[,] { { 1.0, 2.0 }, { 2.0, 3.0 }, { 3.6, 4.6 } }), 1e-5, "HintWeightsTimesValues");
    }

    [Fact]
    public void Two_queries_over_five_keys_give_one_output_row_per_query()
    {
        using var scope = NewDisposeScope();
        manual_seed(42);
        var (weights, values) = (randn(2, 5).softmax(-1), randn(5, 3));
        var output = ScaledDotProductAttention.Output(weights, values);
        output.Should().BeCloseTo(Reference.WeightedSums(weights, values), 1e-5, "HintWeightsTimesValues");
    }

    [Fact]
    public void A_batch_of_weights_gives_one_output_per_batch_element()
    {
        using var scope = NewDisposeScope();
        manual_seed(43);
        var (weights, values) = (randn(2, 5, 5).softmax(-1), randn(2, 5, 32));
        var output = ScaledDotProductAttention.Output(weights, values);
        output.Should().BeCloseTo(Reference.WeightedSums(weights, values), 1e-5, "HintWeightsTimesValues");
    }
}
