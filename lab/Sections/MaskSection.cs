using Attention.Lab.Figures;
using Attention.Lab.Printing;
using TorchSharp;
using static TorchSharp.torch;

namespace Attention.Lab.Sections;

/// <summary>
/// The bonus: the student's causal mask, and their Compute with it (each row sees only the past).
/// Each is checked once printed: a wrong one stops the section with what is wrong with it, so the
/// observation is never printed under a matrix that contradicts it.
/// </summary>
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
        Stop(MaskCheck.OfMask(mask, SeqLen));

        var q = randn(SeqLen, Dimension);
        var k = randn(SeqLen, Dimension);
        var v = randn(SeqLen, Dimension);
        var (_, weights) = attention.Compute(q, k, v, mask);
        session.Line(Strings.MaskedWeightsHeader);
        session.Line(TensorPrinter.Format(weights, decimals: 2));
        session.Line();
        Stop(MaskCheck.OfWeights(weights, SeqLen));
        session.Line(Strings.MaskObservation);
        session.Line();

        // The tokens of section 2 label the positions: a text generated left to right.
        session.SaveFigure(new AttentionFigure("mask.png", Strings.MaskFigureTitle, SimulatedSection.Phrase, Matrices.ToMatrix(weights)));
    }

    static void Stop(string? wrong)
    {
        if (wrong is not null) throw new WrongResultException(wrong);
    }
}
