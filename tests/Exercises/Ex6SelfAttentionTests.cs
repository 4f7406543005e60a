namespace Attention.Tests.Exercises;

/// <summary>Exercice 6 : le module SelfAttention (section 7).</summary>
[Exercise("ex6")]
public sealed partial class Ex6SelfAttentionTests
{
    static SelfAttention NewModule(long embedDim, long seed)
    {
        manual_seed(seed);
        return new SelfAttention(embedDim);
    }

    [Fact]
    public void A_batch_of_2x5x32_gives_2x5x32_and_2x5x5()
    {
        using var scope = NewDisposeScope();
        var (output, weights) = NewModule(32, 1).forward(Reference.Random(40, 2, 5, 32));
        output.Should().HaveShape(2, 5, 32);
        weights.Should().HaveShape(2, 5, 5).And.HaveRowsSummingToOne();
    }

    [Fact]
    public void The_module_registers_three_projections_with_biases()
    {
        using var scope = NewDisposeScope();
        var module = NewModule(8, 2);
        var names = module.named_parameters().Select(p => p.name).Order().ToList();
        Expect.That(names.Count == 6, "ParameterCount", names.Count, string.Join(", ", names));
        Expect.That(module.W_q is not null && module.W_k is not null && module.W_v is not null
                    && !ReferenceEquals(module.W_q, module.W_k) && !ReferenceEquals(module.W_q, module.W_v)
                    && !ReferenceEquals(module.W_k, module.W_v), "DistinctProjections");
        Expect.That(module.W_q!.weight!.shape.SequenceEqual([8L, 8L]) && module.W_q.bias is not null, "ProjectionShape", 8);
    }

    [Fact]
    public void The_output_is_attention_over_its_own_projections()
    {
        using var scope = NewDisposeScope();
        var module = NewModule(16, 3);
        var x = Reference.Random(41, 2, 7, 16);
        var (output, weights) = module.forward(x);
        using (no_grad())
        {
            var (q, k, v) = (module.W_q.forward(x), module.W_k.forward(x), module.W_v.forward(x));
            weights.Should().BeCloseTo(Reference.Weights(q, k), 1e-5);
            output.Should().BeCloseTo(Reference.Output(q, k, v), 1e-5);
        }
    }

    [Fact]
    public void Gradients_reach_the_three_projections()
    {
        using var scope = NewDisposeScope();
        var module = NewModule(8, 4);
        var (output, _) = module.forward(Reference.Random(42, 2, 5, 8));
        Expect.That(output.requires_grad, "OutputDetached");
        output.pow(2).sum().backward();
        foreach (var (name, layer) in new[] { ("W_q", module.W_q), ("W_k", module.W_k), ("W_v", module.W_v) })
        {
            var grad = layer.weight!.grad;
            Expect.That(grad is not null && grad.abs().sum().item<float>() > 0, "NoGradient", name);
        }
    }

    [Fact]
    public void Two_modules_with_different_weights_give_different_outputs()
    {
        using var scope = NewDisposeScope();
        var x = Reference.Random(43, 1, 4, 8);
        var first = NewModule(8, 5).forward(x).Output;
        var second = NewModule(8, 6).forward(x).Output;
        Expect.That(!first.allclose(second), "IgnoresProjections");
    }
}
