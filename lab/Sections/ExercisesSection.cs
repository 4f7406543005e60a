using Attention.Lab.Printing;
using TorchSharp;
using static TorchSharp.torch;

namespace Attention.Lab.Sections;

/// <summary>
/// What the handout's exercise cells print, on the student's code, in order: it stops at the first
/// exercise still to do. Sections 3 and 4 (exercises 1 to 5) and 7 (exercise 6).
/// </summary>
internal static class ExercisesSection
{
    public static void Run(LabSession session)
    {
        using var scope = NewDisposeScope();
        torch.manual_seed(42);
        StepByStep(session);
        WholeFunction(session);
        Module(session);
    }

    /// <summary>Exercises 1 to 4: 3 words of dimension 4, one step at a time.</summary>
    static void StepByStep(LabSession session)
    {
        var attention = session.Implementation;
        const long seqLen = 3, dK = 4;
        var q = randn(seqLen, dK);
        var k = randn(seqLen, dK);
        var v = randn(seqLen, dK);
        session.Line(Strings.QueriesHeader);
        session.Line(TensorPrinter.Format(q));
        session.Line();
        foreach (var (name, tensor) in new[] { ("Q", q), ("K", k), ("V", v) })
            session.Line(Strings.ShapeOf, name, TensorPrinter.Shape(tensor));

        session.Subheader(Strings.Ex1Header);
        var scores = attention.Scores(q, k);
        session.Line(Strings.ScoresHeader);
        session.Line(TensorPrinter.Format(scores));
        session.Line(Strings.ShapeExpected, TensorPrinter.Shape(scores), TensorPrinter.Shape(seqLen, seqLen));

        session.Subheader(Strings.Ex2Header);
        var scaled = attention.Scale(scores, dK);
        session.Line(Strings.ScaledHeader);
        session.Line(TensorPrinter.Format(scaled));

        session.Subheader(Strings.Ex3Header);
        var weights = attention.Softmax(scaled);
        session.Line(Strings.WeightsHeader);
        session.Line(TensorPrinter.Format(weights));
        session.Line();
        session.Line(Strings.RowSums, TensorPrinter.Format(weights.sum(1)));

        session.Subheader(Strings.Ex4Header);
        var output = attention.Output(weights, v);
        session.Line(Strings.OutputHeader);
        session.Line(TensorPrinter.Format(output));
        session.Line(Strings.ShapeExpected, TensorPrinter.Shape(output), TensorPrinter.Shape(seqLen, dK));
    }

    /// <summary>Exercise 5: the whole function on 4 tokens of dimension 8.</summary>
    static void WholeFunction(LabSession session)
    {
        session.Subheader(Strings.Ex5Header);
        var (output, weights) = session.Implementation.Compute(randn(4, 8), randn(4, 8), randn(4, 8), null);
        session.Line(Strings.Ex5OutputShape, TensorPrinter.Shape(output), TensorPrinter.Shape(4, 8));
        session.Line(Strings.Ex5WeightsShape, TensorPrinter.Shape(weights), TensorPrinter.Shape(4, 4));
        session.Line(Strings.Ex5RowSums, TensorPrinter.Format(weights.sum(1)));
    }

    /// <summary>Exercise 6: the SelfAttention module on a batch of 2 sequences of 5 tokens, dimension 32.</summary>
    static void Module(LabSession session)
    {
        session.Subheader(Strings.Ex6Header);
        const long embedDim = 32, batchSize = 2, seqLen = 5;
        using var noGrad = no_grad();
        using var layer = session.Implementation.NewSelfAttention(embedDim);
        var x = randn(batchSize, seqLen, embedDim);
        var (output, weights) = layer.call(x);
        session.Line(Strings.Ex6InputShape, TensorPrinter.Shape(x));
        session.Line(Strings.Ex6OutputShape, TensorPrinter.Shape(output), TensorPrinter.Shape(batchSize, seqLen, embedDim));
        session.Line(Strings.Ex6WeightsShape, TensorPrinter.Shape(weights), TensorPrinter.Shape(batchSize, seqLen, seqLen));
    }
}
