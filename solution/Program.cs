// Entry point of the lab sections on the reference: `dotnet run --project solution -- scaling`.
// Same wiring as student/Program.cs.
using Attention;

return Attention.Lab.LabProgram.Run(args, new Attention.Lab.AttentionImplementation(
    ScaledDotProductAttention.Scores,
    ScaledDotProductAttention.Scale,
    ScaledDotProductAttention.Softmax,
    ScaledDotProductAttention.Output,
    ScaledDotProductAttention.Compute,
    ScaledDotProductAttention.CausalMask,
    embedDim => new SelfAttention(embedDim)));
