using Attention.Lab.Figures;
using Attention.Lab.Printing;
using TorchSharp;
using static TorchSharp.torch;

namespace Attention.Lab.Sections;

/// <summary>The bonus: the student's causal mask, and their Compute with it (each row sees only the past).</summary>
internal static class MaskSection
{
    const long SeqLen = 5;
    const long Dimension = 8;

    public static void Run(LabSession session)
    {
        var attention = session.Implementation;
        using var scope = NewDisposeScope();
        torch.manual_seed(42);
        var mask = attention.CausalMask(SeqLen);
        session.Line(Strings.CausalMaskHeader);
        session.Line(TensorPrinter.Format(mask.to_type(ScalarType.Int32)));
        session.Line();

        var q = randn(SeqLen, Dimension);
        var k = randn(SeqLen, Dimension);
        var v = randn(SeqLen, Dimension);
        var (_, weights) = attention.Compute(q, k, v, mask);
        session.Line(Strings.MaskedWeightsHeader);
        session.Line(TensorPrinter.Format(weights, decimals: 2));
        session.Line();
        session.Line(Strings.MaskObservation);
        session.Line();

        // The tokens of section 2 label the positions: a text generated left to right.
        session.SaveFigure(new AttentionFigure("mask.png", Strings.MaskFigureTitle, SimulatedSection.Phrase, Matrices.ToMatrix(weights)));
    }
}
