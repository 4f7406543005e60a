// Entry point of the lab sections on the reference: `dotnet run --project solution -- scaling`.
// Same wiring as student/Program.cs; the lab's own tests run the reference through it.
using Attention.Lab;

namespace Attention;

public static class LabEntry
{
    /// <summary>This project's code, as the lab runs it.</summary>
    public static AttentionImplementation Implementation => new(
        ScaledDotProductAttention.Scores,
        ScaledDotProductAttention.Scale,
        ScaledDotProductAttention.Softmax,
        ScaledDotProductAttention.Output,
        ScaledDotProductAttention.Compute,
        ScaledDotProductAttention.CausalMask,
        embedDim => new SelfAttention(embedDim));

    public static int Main(string[] args) => LabProgram.Run(args, Implementation);
}
