using Attention.Lab.Figures;
using Attention.Lab.Printing;

namespace Attention.Lab.Sections;

/// <summary>Section 2: a hand-made attention matrix for "Le chat mange la souris" (no student code runs).</summary>
internal static class SimulatedSection
{
    public static readonly string[] Phrase = ["Le", "chat", "mange", "la", "souris"];

    /// <summary>Each row: a word that "looks at" the others (the handout's values).</summary>
    static readonly double[,] Weights =
    {
        { 0.80, 0.10, 0.05, 0.03, 0.02 }, // "Le" regarde surtout lui-même
        { 0.10, 0.70, 0.10, 0.05, 0.05 }, // "chat" regarde surtout lui-même
        { 0.05, 0.40, 0.40, 0.05, 0.10 }, // "mange" regarde "chat" et lui-même
        { 0.02, 0.03, 0.05, 0.80, 0.10 }, // "la" regarde surtout lui-même
        { 0.02, 0.10, 0.20, 0.08, 0.60 }, // "souris" regarde "mange" et elle-même
    };

    /// <summary>The row of the question: "mange".</summary>
    const int Verb = 2;

    public static void Run(LabSession session)
    {
        session.Line(Strings.Phrase, Formatting.Words(Phrase));
        session.Line(Strings.SimulatedIntro);
        session.ShowWeights(Phrase, Weights, Verb);
        session.Line();
        session.SaveFigure(new AttentionFigure("simulated.png", Strings.SimulatedFigureTitle, Phrase, Weights));
        session.Line();
        session.Line(Strings.SimulatedQuestion);
        session.Line(Strings.AnswerHint);
    }
}
