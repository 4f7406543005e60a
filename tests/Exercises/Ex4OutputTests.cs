namespace Attention.Tests.Exercises;

/// <summary>Exercice 4 : la sortie, poids · V. Calls only Output, on weights made by hand (Checks/ex4.json).</summary>
[Exercise("ex4")]
public sealed partial class Ex4OutputTests
{
    [Fact]
    public void The_printed_weights_of_dort_give_the_handout_output()
    {
        using var scope = NewDisposeScope();
        // Step 4 of the handout on its own, with the weights it prints (0.26, 0.42, 0.32).
        Check.Of("ex4.dort").Verify(r => r["output"].Should().BeCloseTo(tensor(new[,] { { 0.26, 0.42, 0.32, 0.0 } }), 1e-6, nameof(Messages.HintWeightsTimesValues)));
    }

    [Fact]
    public void Weights_4x4_and_values_4x8_give_a_4x8_output()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex4.square-by-eight").Verify(r => r["output"].Should().HaveShape([4, 8], nameof(Messages.HintWeightsTimesValues)));
    }

    [Fact]
    public void Each_output_row_is_the_weighted_sum_of_the_values()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex4.hand").Verify(r => r["output"].Should().BeCloseTo(tensor(new[,] { { 1.0, 2.0 }, { 2.0, 3.0 }, { 3.6, 4.6 } }), 1e-5, nameof(Messages.HintWeightsTimesValues)));
    }

    [Fact]
    public void Two_queries_over_five_keys_give_one_output_row_per_query()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex4.two-by-five").Verify(r => r["output"].Should().BeCloseTo(r.Expected("output"), 1e-5, nameof(Messages.HintWeightsTimesValues)));
    }

    [Fact]
    public void A_batch_of_weights_gives_one_output_per_batch_element()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex4.batch").Verify(r => r["output"].Should().BeCloseTo(r.Expected("output"), 1e-5, nameof(Messages.HintWeightsTimesValues)));
    }
}
