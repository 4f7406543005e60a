// Point d'entrée des sections du TP : `dotnet run --project student -- scaling` (voir docs/TP01.md).
// Ce fichier n'est pas à modifier : il branche votre code sur le laboratoire.
using Attention;

return Attention.Lab.LabProgram.Run(args, new Attention.Lab.AttentionImplementation(
    ScaledDotProductAttention.Scores,
    ScaledDotProductAttention.Scale,
    ScaledDotProductAttention.Softmax,
    ScaledDotProductAttention.Output,
    ScaledDotProductAttention.Compute,
    ScaledDotProductAttention.CausalMask,
    embedDim => new SelfAttention(embedDim)));
