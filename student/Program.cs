// Point d'entrée des sections du TP : `dotnet run --project student -- scaling` (voir docs/TP01.md).
// Ce fichier n'est pas à modifier : il branche votre code sur le laboratoire.
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
