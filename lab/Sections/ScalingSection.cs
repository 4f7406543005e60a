using Attention.Lab.Printing;
using TorchSharp;
using static TorchSharp.torch;

namespace Attention.Lab.Sections;

/// <summary>
/// Section 5: why divide by √d_k. With d_k = 512, raw scores saturate the softmax (low entropy);
/// scaled ones do not. Runs the student's Scores, Softmax and Scale.
/// </summary>
internal static class ScalingSection
{
    const long Tokens = 10;
    const long DK = 512;

    public static void Run(LabSession session)
    {
        var attention = session.Implementation;
        using var scope = NewDisposeScope();
        torch.manual_seed(42);
        var q = randn(Tokens, DK);
        var k = randn(Tokens, DK);
        session.Line(Strings.ScalingSetup, Tokens, DK);
        session.Line();

        var scores = attention.Scores(q, k);
        Report(session, Strings.WithoutScaling, scores, attention.Softmax(scores));
        session.Line();
        var scaled = attention.Scale(scores, DK);
        Report(session, Strings.WithScaling, scaled, attention.Softmax(scaled));

        session.Line();
        session.Line(Strings.ScalingObservation);
        session.Line(Strings.EntropyReading, Formatting.Number(Math.Log(Tokens), 1), Tokens);
        session.Line();
        session.Line(Strings.ScalingQuestion);
        session.Line(Strings.AnswerHint);
    }

    static void Report(LabSession session, string title, Tensor scores, Tensor weights)
    {
        session.Line(title);
        session.Line(Strings.ScoresMinMax, Formatting.Number(scores.min().item<float>(), 2), Formatting.Number(scores.max().item<float>(), 2));
        session.Line(Strings.MaxPerRow, TensorPrinter.Format(weights.max(-1, false).Item1.narrow(0, 0, 3)));
        session.Line(Strings.MeanEntropy, Formatting.Number(Entropy(weights), 4));
    }

    /// <summary>The handout's entropy: -(p · log p) summed over each row, averaged (log clamped at 1e-9).</summary>
    public static double Entropy(Tensor p)
    {
        using var scope = NewDisposeScope();
        return (-(p * p.clamp(min: 1e-9).log()).sum(-1).mean()).item<float>();
    }
}
