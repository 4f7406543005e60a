namespace Attention.Tests.Support.Checks;

/// <summary>The student's code behind <see cref="IAttention"/>; the last module built stays reachable for the gradient checks.</summary>
public sealed class StudentAttention : IAttention
{
    public SelfAttention? LastModule { get; private set; }

    public Tensor Scores(Tensor q, Tensor k) => ScaledDotProductAttention.Scores(q, k);
    public Tensor Scale(Tensor scores, long dK) => ScaledDotProductAttention.Scale(scores, dK);
    public Tensor Softmax(Tensor scaledScores) => ScaledDotProductAttention.Softmax(scaledScores);
    public Tensor Output(Tensor weights, Tensor v) => ScaledDotProductAttention.Output(weights, v);
    public (Tensor Output, Tensor Weights) Compute(Tensor q, Tensor k, Tensor v, Tensor? mask) => ScaledDotProductAttention.Compute(q, k, v, mask);
    public Tensor CausalMask(long seqLen) => ScaledDotProductAttention.CausalMask(seqLen);

    public (Tensor Output, Tensor Weights, bool RequiresGrad) Module(Tensor x, Projections p)
    {
        var module = LastModule = new SelfAttention(x.shape[^1]);
        var layers = module.Should();
        using (no_grad())
        {
            Load(layers.Projection("W_q"), p.Wq, p.Bq);
            Load(layers.Projection("W_k"), p.Wk, p.Bk);
            Load(layers.Projection("W_v"), p.Wv, p.Bv);
        }
        var (output, weights) = module.forward(x);
        return (output, weights, output is not null && output.requires_grad);
    }

    static void Load(TorchSharp.Modules.Linear layer, Tensor weight, Tensor bias)
    {
        layer.weight!.copy_(weight);
        layer.bias?.copy_(bias);
    }

    public long ParameterCount(long embedDim)
    {
        using var module = new SelfAttention(embedDim);
        return module.parameters().Count();
    }
}
