namespace Attention.Tests.Support.Checks;

/// <summary>
/// Runs one case's call on an implementation and names what it gives. The inputs are fresh copies, so
/// that an implementation that writes into them (div_) changes only its own run; the outputs called
/// "…After" are those inputs after the call.
/// </summary>
public static class CaseRunner
{
    public static Dictionary<string, Tensor> Run(CallKind call, IAttention implementation, IReadOnlyDictionary<string, Tensor> inputs)
    {
        Tensor In(string name) => inputs[name].clone();
        long Number(string name) => (long)inputs[name].item<float>();
        switch (call)
        {
            case CallKind.Scores:
                return new() { ["scores"] = implementation.Scores(In("q"), In("k")) };
            case CallKind.Scale:
            {
                var scores = In("scores");
                var scaled = implementation.Scale(scores, Number("dK"));
                return new() { ["scaled"] = scaled, ["scoresAfter"] = scores };
            }
            case CallKind.Softmax:
            {
                var scores = In("scores");
                var weights = implementation.Softmax(scores);
                return new() { ["weights"] = weights, ["scoresAfter"] = scores };
            }
            case CallKind.Output:
                return new() { ["output"] = implementation.Output(In("weights"), In("v")) };
            case CallKind.Compute:
            {
                var (output, weights) = implementation.Compute(In("q"), In("k"), In("v"), inputs.ContainsKey("mask") ? In("mask") : null);
                return new() { ["output"] = output, ["weights"] = weights };
            }
            case CallKind.CausalMask:
                return new() { ["mask"] = implementation.CausalMask(Number("seqLen")) };
            case CallKind.CausalCompute:
            {
                var q = In("q");
                var mask = implementation.CausalMask(q.shape[^2]);
                var (output, weights) = implementation.Compute(q, In("k"), In("v"), mask);
                return new() { ["mask"] = mask, ["output"] = output, ["weights"] = weights };
            }
            case CallKind.Module:
            {
                var (output, weights, requiresGrad) = implementation.Module(In("x"), Projections.From(inputs.ToDictionary(i => i.Key, i => i.Value.clone())));
                return new() { ["output"] = output, ["weights"] = weights, ["requiresGrad"] = tensor(requiresGrad ? 1f : 0f) };
            }
            case CallKind.ModuleStructure:
                return new() { ["parameterCount"] = tensor((float)implementation.ParameterCount(Number("embedDim"))) };
            default:
                throw new ArgumentOutOfRangeException(nameof(call), call, null);
        }
    }
}
