using FluentAssertions.Primitives;
using TorchSharp.Modules;

namespace Attention.Tests.Support;

/// <summary>Checks on the SelfAttention module (exercise 6): its layers, their registration, their gradients.</summary>
public sealed class SelfAttentionAssertions(SelfAttention subject)
    : ReferenceTypeAssertions<SelfAttention, SelfAttentionAssertions>(subject)
{
    public static readonly string[] ProjectionNames = ["W_q", "W_k", "W_v"];

    protected override string Identifier => "module";

    /// <summary>The layer called <paramref name="name"/>, or a failure saying it was never created.</summary>
    public Linear Projection(string name)
    {
        var layer = name switch
        {
            "W_q" => Subject.W_q,
            "W_k" => Subject.W_k,
            "W_v" => Subject.W_v,
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        if (layer is null) Verdict.Fail(nameof(Messages.ProjectionMissing), name);
        return layer!;
    }

    /// <summary>parameters() holds <paramref name="expected"/> tensors: a weight and a bias per layer.</summary>
    public AndConstraint<SelfAttentionAssertions> RegisterParameters(int expected)
    {
        var count = Subject.parameters().Count();
        if (count != expected) Verdict.Fail(nameof(Messages.ParameterCount), expected, count);
        return new(this);
    }

    /// <summary>named_parameters() names them after the fields: W_q.weight, W_q.bias, …</summary>
    public AndConstraint<SelfAttentionAssertions> HaveParametersNamed(params string[] expected)
    {
        var names = Subject.named_parameters().Select(p => p.name).Order(StringComparer.Ordinal).ToArray();
        if (!names.SequenceEqual(expected.Order(StringComparer.Ordinal)))
            Verdict.Fail(nameof(Messages.ParameterNames), string.Join(", ", expected), names.Length == 0 ? "∅" : string.Join(", ", names));
        return new(this);
    }

    /// <summary>Three different layers, with different weights: Q, K and V each get their own projection.</summary>
    public AndConstraint<SelfAttentionAssertions> HaveDistinctProjections()
    {
        var layers = ProjectionNames.Select(Projection).ToArray();
        for (var i = 0; i < layers.Length; i++)
            for (var j = i + 1; j < layers.Length; j++)
            {
                if (ReferenceEquals(layers[i], layers[j]))
                    Verdict.Fail(nameof(Messages.ProjectionsShared), ProjectionNames[i], ProjectionNames[j]);
                else if (SameValues(layers[i].weight!, layers[j].weight!))
                    Verdict.Fail(nameof(Messages.ProjectionsSameWeights), ProjectionNames[i], ProjectionNames[j]);
            }
        return new(this);
    }

    static bool SameValues(Tensor a, Tensor b)
    {
        if (!a.shape.SequenceEqual(b.shape)) return false;
        using var same = a.eq(b).all();
        return same.item<bool>();
    }

    /// <summary>Each layer maps embedDim to embedDim, with a bias.</summary>
    public AndConstraint<SelfAttentionAssertions> HaveSquareProjections(long embedDim)
    {
        foreach (var name in ProjectionNames)
        {
            var layer = Projection(name);
            if (!layer.weight!.shape.SequenceEqual([embedDim, embedDim]))
                Verdict.Fail(nameof(Messages.ProjectionShape), name, TensorText.Shape([embedDim, embedDim]), TensorText.Shape(layer.weight!));
            if (layer.bias is null) Verdict.Fail(nameof(Messages.ProjectionWithoutBias), name);
        }
        return new(this);
    }

    /// <summary>After a backward pass, the weight of <paramref name="name"/> has a gradient that is not zero everywhere.</summary>
    public AndConstraint<SelfAttentionAssertions> HaveGradientOn(string name)
    {
        var grad = Projection(name).weight!.grad;
        if (grad is null) Verdict.Fail(nameof(Messages.NoGradient), name);
        else if (grad.abs().sum().item<float>() == 0f) Verdict.Fail(nameof(Messages.ZeroGradient), name);
        return new(this);
    }
}

public static class SelfAttentionAssertionExtensions
{
    public static SelfAttentionAssertions Should(this SelfAttention module) => new(module);
}
