using Attention.Tests.Support.Checks;

namespace Attention.Tests.Kit;

/// <summary>Kit only: the inputs of every case of tests/Checks/*.json, by exercise. Seeds are fixed, so the data is reproducible.</summary>
public static class Cases
{
    public sealed record Spec(string Id, CallKind Call, Func<Dictionary<string, Tensor>> Inputs, RandomInputs? Random = null)
    {
        public string Exercise => Id[..Id.IndexOf('.')];
    }

    static Dictionary<string, Tensor> Seeded(int seed, params (string Name, Func<Tensor> Make)[] tensors)
    {
        manual_seed(seed);
        return tensors.ToDictionary(t => t.Name, t => t.Make());
    }

    static Tensor Number(long value) => tensor((float)value);

    static Tensor HandMadeScores => tensor(new float[,] { { 0.5f, -1.2f, 3.0f, 0.0f, 2.4f }, { -0.8f, 1.6f, 0.4f, -2.0f, 1.0f } });

    static Dictionary<string, Tensor> Module(int seed, long batch, long seq, long embedDim)
    {
        manual_seed(seed);
        var inputs = new Dictionary<string, Tensor> { ["x"] = randn(batch, seq, embedDim) };
        foreach (var name in new[] { "W_q", "W_k", "W_v" })
        {
            inputs[name + ".weight"] = randn(embedDim, embedDim) / Math.Sqrt(embedDim);
            inputs[name + ".bias"] = 0.1 * randn(embedDim);
        }
        return inputs;
    }

    static Tensor Qkv(long rows, long columns) => randn(rows, columns);

    public static readonly IReadOnlyList<Spec> All =
    [
        new("ex1.square", CallKind.Scores, () => Seeded(1, ("q", () => Qkv(3, 4)), ("k", () => Qkv(3, 4)))),
        new("ex1.dort", CallKind.Scores, () => new() { ["q"] = LeChatDort.Q, ["k"] = LeChatDort.K }),
        new("ex1.two-by-five", CallKind.Scores, () => Seeded(3, ("q", () => Qkv(2, 3)), ("k", () => Qkv(5, 3)))),
        new("ex1.batch", CallKind.Scores, () => Seeded(4, ("q", () => randn(2, 5, 32)), ("k", () => randn(2, 5, 32)))),
        new("ex1.batch-uneven", CallKind.Scores, () => Seeded(5, ("q", () => randn(2, 3, 4)), ("k", () => randn(2, 6, 4)))),

        new("ex2.dort", CallKind.Scale, () => new() { ["scores"] = tensor(new float[,] { { 0.36f, 0.74f, 0.41f } }), ["dK"] = Number(4) }),
        new("ex2.hand-16", CallKind.Scale, () => new() { ["scores"] = HandMadeScores, ["dK"] = Number(16) }),
        new("ex2.hand-64", CallKind.Scale, () => new() { ["scores"] = HandMadeScores, ["dK"] = Number(64) }),
        new("ex2.hand-3", CallKind.Scale, () => new() { ["scores"] = HandMadeScores, ["dK"] = Number(3) }),
        new("ex2.batch", CallKind.Scale, () => Seeded(21, ("scores", () => randn(2, 5, 5)), ("dK", () => Number(32)))),
        new("ex2.batch-25", CallKind.Scale, () => Seeded(22, ("scores", () => randn(2, 3, 3)), ("dK", () => Number(25)))),

        new("ex3.dort", CallKind.Softmax, () => new() { ["scores"] = tensor(new float[,] { { 0.18f, 0.37f, 0.205f } }) }),
        new("ex3.square", CallKind.Softmax, () => Seeded(31, ("scores", () => 3 * randn(4, 4)))),
        new("ex3.batch", CallKind.Softmax, () => Seeded(32, ("scores", () => 3 * randn(2, 5, 5)))),
        new("ex3.two-by-five", CallKind.Softmax, () => Seeded(33, ("scores", () => randn(2, 5)))),
        new("ex3.batch-uneven", CallKind.Softmax, () => Seeded(34, ("scores", () => randn(2, 3, 4)))),
        new("ex3.equal", CallKind.Softmax, () => new() { ["scores"] = full(2, 4, 0.7f) }),
        new("ex3.thousand", CallKind.Softmax, () => new() { ["scores"] = tensor(new float[,] { { 1000, -1000, 0 }, { -1000, 1000, 999 } }) }),

        new("ex4.dort", CallKind.Output, () => new() { ["weights"] = tensor(LeChatDort.PrintedWeightsDort, ScalarType.Float32).unsqueeze(0), ["v"] = LeChatDort.V }),
        new("ex4.square-by-eight", CallKind.Output, () => Seeded(41, ("weights", () => randn(4, 4).softmax(-1)), ("v", () => randn(4, 8)))),
        new("ex4.hand", CallKind.Output, () => new()
        {
            ["weights"] = tensor(new float[,] { { 1.0f, 0.0f, 0.0f }, { 0.5f, 0.5f, 0.0f }, { 0.2f, 0.3f, 0.5f } }),
            ["v"] = tensor(new float[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } }),
        }),
        new("ex4.two-by-five", CallKind.Output, () => Seeded(42, ("weights", () => randn(2, 5).softmax(-1)), ("v", () => randn(5, 3)))),
        new("ex4.batch", CallKind.Output, () => Seeded(43, ("weights", () => randn(2, 5, 5).softmax(-1)), ("v", () => randn(2, 5, 32)))),

        new("ex5.square", CallKind.Compute, () => Seeded(51, ("q", () => Qkv(4, 8)), ("k", () => Qkv(4, 8)), ("v", () => Qkv(4, 8)))),
        new("ex5.batch", CallKind.Compute, () => Seeded(52, ("q", () => randn(2, 5, 32)), ("k", () => randn(2, 5, 32)), ("v", () => randn(2, 5, 32)))),
        new("ex5.dort", CallKind.Compute, () => new() { ["q"] = LeChatDort.Q, ["k"] = LeChatDort.K, ["v"] = LeChatDort.V }),
        new("ex5.two-by-five", CallKind.Compute, () => Seeded(58, ("q", () => Qkv(2, 4)), ("k", () => Qkv(5, 4)), ("v", () => Qkv(5, 3)))),
        new("ex5.values-wider", CallKind.Compute, () => Seeded(59, ("q", () => Qkv(3, 4)), ("k", () => Qkv(3, 4)), ("v", () => Qkv(3, 12)))),
        // Section 5: 10 tokens of dimension 512, drawn in the suite from the seed (too many values to store).
        new("ex5.section5", CallKind.Compute, () => [], new RandomInputs(505, [new("q", [10, 512]), new("k", [10, 512]), new("v", [10, 16])])),

        new("ex6.structure", CallKind.ModuleStructure, () => new() { ["embedDim"] = Number(32) }),
        new("ex6.batch", CallKind.Module, () => Module(61, 2, 5, 32)),
        new("ex6.sentence", CallKind.Module, () => Module(42, 1, 7, 16)),

        new("mask.causal-5", CallKind.CausalMask, () => new() { ["seqLen"] = Number(5) }),
        new("mask.causal-4", CallKind.CausalMask, () => new() { ["seqLen"] = Number(4) }),
        new("mask.causal-6", CallKind.CausalMask, () => new() { ["seqLen"] = Number(6) }),
        new("mask.four-tokens", CallKind.CausalCompute, () => Seeded(71, ("q", () => Qkv(4, 8)), ("k", () => Qkv(4, 8)), ("v", () => Qkv(4, 8)))),
        new("mask.four-tokens-later-value-changed", CallKind.CausalCompute, () =>
        {
            var inputs = Seeded(71, ("q", () => Qkv(4, 8)), ("k", () => Qkv(4, 8)), ("v", () => Qkv(4, 8)));
            inputs["v"][3] = inputs["v"][3] + 10;
            return inputs;
        }),
        new("mask.six-tokens", CallKind.CausalCompute, () => Seeded(76, ("q", () => Qkv(6, 8)), ("k", () => Qkv(6, 8)), ("v", () => Qkv(6, 8)))),
    ];
}
