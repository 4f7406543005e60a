namespace Attention.Tests.Support.Checks;

/// <summary>The exercises' API, as a case calls it: the student's code in the suite, the reference and its mistakes in the kit.</summary>
public interface IAttention
{
    Tensor Scores(Tensor q, Tensor k);
    Tensor Scale(Tensor scores, long dK);
    Tensor Softmax(Tensor scaledScores);
    Tensor Output(Tensor weights, Tensor v);
    (Tensor Output, Tensor Weights) Compute(Tensor q, Tensor k, Tensor v, Tensor? mask);
    Tensor CausalMask(long seqLen);

    /// <summary>SelfAttention(embedDim) with the given projections, on x: its output, its weights, and whether the output needs a gradient.</summary>
    (Tensor Output, Tensor Weights, bool RequiresGrad) Module(Tensor x, Projections projections);

    /// <summary>How many tensors SelfAttention(embedDim).parameters() holds.</summary>
    long ParameterCount(long embedDim);
}

/// <summary>The weights and biases of W_q, W_k and W_v.</summary>
public sealed record Projections(Tensor Wq, Tensor Bq, Tensor Wk, Tensor Bk, Tensor Wv, Tensor Bv)
{
    public static Projections From(IReadOnlyDictionary<string, Tensor> inputs) =>
        new(inputs["W_q.weight"], inputs["W_q.bias"], inputs["W_k.weight"], inputs["W_k.bias"], inputs["W_v.weight"], inputs["W_v.bias"]);
}
