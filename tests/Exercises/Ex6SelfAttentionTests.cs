namespace Attention.Tests.Exercises;

/// <summary>
/// Exercice 6 : le module SelfAttention (handout, section 7). The value checks load the projections of
/// Checks/ex6.json into the student's module, so that its output can be compared with data.
/// </summary>
[Exercise("ex6")]
public sealed partial class Ex6SelfAttentionTests
{
    [Fact]
    public void The_module_registers_six_parameters()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex6.structure").Verify(r =>
        {
            var (expected, count) = ((long)r.Expected("parameterCount").item<float>(), (long)r["parameterCount"]!.item<float>());
            Verdict.FailUnless(count == expected, nameof(Messages.ParameterCount), expected, count);
        });
    }

    [Fact]
    public void The_parameters_are_the_weights_and_biases_of_W_q_W_k_and_W_v()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex6.structure").Verify(_ =>
        {
            using var module = StudentCode.Run(() => new SelfAttention(32));
            module.Should().HaveParametersNamed("W_q.weight", "W_q.bias", "W_k.weight", "W_k.bias", "W_v.weight", "W_v.bias");
        });
    }

    [Fact]
    public void The_three_projections_are_distinct_layers()
    {
        using var scope = NewDisposeScope();
        using var module = StudentCode.Run(() => new SelfAttention(32));
        module.Should().HaveDistinctProjections();
    }

    [Fact]
    public void Each_projection_maps_embed_dim_to_embed_dim()
    {
        using var scope = NewDisposeScope();
        using var module = StudentCode.Run(() => new SelfAttention(16));
        module.Should().HaveSquareProjections(16);
    }

    [Fact]
    public void A_batch_of_2x5x32_gives_a_2x5x32_output()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex6.batch").Verify(r => r["output"].Should().HaveShape([2, 5, 32], nameof(Messages.HintModuleAttention)));
    }

    [Fact]
    public void A_batch_of_2x5x32_gives_2x5x5_weights()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex6.batch").Verify(r => r["weights"].Should().HaveShape([2, 5, 5], nameof(Messages.HintBatchedTranspose)));
    }

    [Fact]
    public void Rows_of_the_weights_sum_to_one()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex6.batch").Verify(r => r["weights"].Should().HaveRowsSummingToOne(hint: nameof(Messages.HintSoftmaxLastDim)));
    }

    [Fact]
    public void The_weights_are_the_attention_of_the_projected_queries_on_the_projected_keys()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex6.batch").Verify(r => r["weights"].Should().BeCloseTo(r.Expected("weights"), 1e-5, nameof(Messages.HintModuleAttention)));
    }

    [Fact]
    public void The_output_is_attention_over_the_modules_own_projections()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex6.batch").Verify(r => r["output"].Should().BeCloseTo(r.Expected("output"), 1e-5, nameof(Messages.HintModuleAttention)));
    }

    [Fact]
    public void The_sentence_of_section_6_gives_attention_over_its_7_words()
    {
        using var scope = NewDisposeScope();
        // "Le chat noir dort sur le canapé", embed_dim = 16
        Check.Of("ex6.sentence").Verify(r => r["output"].Should().BeCloseTo(r.Expected("output"), 1e-5, nameof(Messages.HintModuleAttention)));
    }

    [Fact]
    public void The_output_is_attached_to_the_graph()
    {
        using var scope = NewDisposeScope();
        Check.Of("ex6.batch").Verify(r => r["output"].Should().BeAttachedToTheGraph());
    }

    [Theory]
    [InlineData("W_q")]
    [InlineData("W_k")]
    [InlineData("W_v")]
    public void Gradients_reach_each_projection(string projection)
    {
        using var scope = NewDisposeScope();
        Check.Of("ex6.batch").Verify(r =>
        {
            r["output"].Should().BeAttachedToTheGraph();
            StudentCode.Run(() => r["output"]!.sum().backward());
            r.Module.Should().HaveGradientOn(projection);
        });
    }
}
