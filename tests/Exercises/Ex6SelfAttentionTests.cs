namespace Attention.Tests.Exercises;

/// <summary>Exercice 6 : le module SelfAttention (handout, section 7).</summary>
[Exercise("ex6")]
public sealed partial class Ex6SelfAttentionTests
{
    [Fact]
    public void The_module_registers_six_parameters()
    {
        using var scope = NewDisposeScope();
        using var module = new SelfAttention(32);
        module.Should().RegisterParameters(6);
    }

    [Fact]
    public void The_parameters_are_the_weights_and_biases_of_W_q_W_k_and_W_v()
    {
        using var scope = NewDisposeScope();
        using var module = new SelfAttention(32);
        module.Should().HaveParametersNamed("W_q.weight", "W_q.bias", "W_k.weight", "W_k.bias", "W_v.weight", "W_v.bias");
    }

    [Fact]
    public void The_three_projections_are_distinct_layers()
    {
        using var scope = NewDisposeScope();
        using var module = new SelfAttention(32);
        module.Should().HaveDistinctProjections();
    }

    [Fact]
    public void Each_projection_maps_embed_dim_to_embed_dim()
    {
        using var scope = NewDisposeScope();
        using var module = new SelfAttention(16);
        module.Should().HaveSquareProjections(16);
    }

    [Fact]
    public void A_batch_of_2x5x32_gives_a_2x5x32_output()
    {
        using var scope = NewDisposeScope();
        manual_seed(61);
        using var module = new SelfAttention(32);
        var (output, _) = module.forward(randn(2, 5, 32));
        output.Should().HaveShape([2, 5, 32], "HintModuleAttention");
    }

    [Fact]
    public void A_batch_of_2x5x32_gives_2x5x5_weights()
    {
        using var scope = NewDisposeScope();
        manual_seed(61);
        using var module = new SelfAttention(32);
        var (_, weights) = module.forward(randn(2, 5, 32));
        weights.Should().HaveShape([2, 5, 5], "HintBatchedTranspose");
    }

    [Fact]
    public void Rows_of_the_weights_sum_to_one()
    {
        using var scope = NewDisposeScope();
        manual_seed(62);
        using var module = new SelfAttention(32);
        var (_, weights) = module.forward(randn(2, 5, 32));
        weights.Should().HaveRowsSummingToOne(hint: "HintSoftmaxLastDim");
    }

    [Fact]
    public void The_weights_are_the_attention_of_the_projected_queries_on_the_projected_keys()
    {
        using var scope = NewDisposeScope();
        manual_seed(63);
        using var module = new SelfAttention(32);
        var x = randn(2, 5, 32);
        var (_, weights) = module.forward(x);
        weights.Should().BeCloseTo(OverOwnProjections(module, x).Weights, 1e-5, "HintModuleAttention");
    }

    [Fact]
    public void The_output_is_attention_over_the_modules_own_projections()
    {
        using var scope = NewDisposeScope();
        manual_seed(64);
        using var module = new SelfAttention(32);
        var x = randn(2, 5, 32);
        var (output, _) = module.forward(x);
        output.Should().BeCloseTo(OverOwnProjections(module, x).Output, 1e-5, "HintModuleAttention");
    }

    [Fact]
    public void The_sentence_of_section_6_gives_attention_over_its_7_words()
    {
        using var scope = NewDisposeScope();
        manual_seed(42);
        using var module = new SelfAttention(16);
        var x = randn(1, 7, 16); // "Le chat noir dort sur le canapé", embed_dim = 16
        var (output, _) = module.forward(x);
        output.Should().BeCloseTo(OverOwnProjections(module, x).Output, 1e-5, "HintModuleAttention");
    }

    [Fact]
    public void The_output_is_attached_to_the_graph()
    {
        using var scope = NewDisposeScope();
        manual_seed(65);
        using var module = new SelfAttention(32);
        var (output, _) = module.forward(randn(2, 5, 32));
        output.Should().BeAttachedToTheGraph();
    }

    [Theory]
    [InlineData("W_q")]
    [InlineData("W_k")]
    [InlineData("W_v")]
    public void Gradients_reach_each_projection(string projection)
    {
        using var scope = NewDisposeScope();
        manual_seed(66);
        using var module = new SelfAttention(32);
        var (output, _) = module.forward(randn(2, 5, 32));
        output.Should().BeAttachedToTheGraph();
        output.sum().backward();
        module.Should().HaveGradientOn(projection);
    }

    /// <summary>The attention the module should compute, from its own layers and libtorch's operations.</summary>
    static (Tensor Output, Tensor Weights) OverOwnProjections(SelfAttention module, Tensor x)
    {
        using var noGrad = no_grad();
        var assertions = module.Should();
        return Reference.Attention(assertions.Projection("W_q").forward(x), assertions.Projection("W_k").forward(x), assertions.Projection("W_v").forward(x));
    }
}
