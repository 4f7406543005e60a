using Attention.Lab.Figures;
using Attention.Lab.Printing;
using TorchSharp;
using static TorchSharp.torch;

namespace Attention.Lab.Sections;

/// <summary>Section 6: self-attention (Q = K = V = embeddings) on a sentence, through the student's Compute.</summary>
internal static class SentenceSection
{
    static readonly string[] Phrase = ["Le", "chat", "noir", "dort", "sur", "le", "canapé"];
    const long EmbedDim = 16;

    /// <summary>The row shown as bars: "dort".</summary>
    const int Verb = 3;

    public static void Run(LabSession session)
    {
        using var scope = NewDisposeScope();
        torch.manual_seed(42);
        var embeddings = randn(Phrase.Length, EmbedDim); // simulated: in a real model they are learned
        session.Line(Strings.Phrase, Formatting.Words(Phrase));
        session.Line(Strings.EmbeddingsShape, TensorPrinter.Shape(embeddings));
        session.Line();
        session.Line(Strings.SentenceSelfAttention);

        var (_, weights) = session.Implementation.Compute(embeddings, embeddings, embeddings, null);
        var matrix = Matrices.ToMatrix(weights);
        session.ShowWeights(Phrase, matrix, Verb);
        session.Line();
        session.SaveFigure(new AttentionFigure("sentence.png", Strings.SentenceFigureTitle, Phrase, matrix, 1000, 800));
    }
}
