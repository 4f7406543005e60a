using Attention.Lab.Printing;

namespace Attention.Lab.Sections;

/// <summary>
/// What `real-model` is asked for: the model, the layer and head to show (from 0, as the notebook's
/// variables), the sentence, the word whose row becomes bars, and where to write every weight as JSON.
/// </summary>
internal sealed record RealModelRequest(string Model, int Layer, int Head, string Sentence, string Word, string? JsonFile)
{
    /// <summary>The notebook's sentence and its question: what does "it" look at?</summary>
    public const string HandoutSentence = "The cat sat on the mat because it was tired";
    public const string HandoutWord = "it";

    /// <summary>The two candidates of the notebook's question, marked "← ?" after their bars.</summary>
    public static readonly string[] Candidates = ["cat", "mat"];

    /// <summary>Why a model of <paramref name="layers"/> × <paramref name="heads"/> cannot show this layer and head, or null when it can.</summary>
    public string? OutOfRange(int layers, int heads) =>
        Layer < 0 || Layer >= layers ? Formatting.Format(Strings.RealModelLayerOutOfRange, Layer, Model, layers - 1)
        : Head < 0 || Head >= heads ? Formatting.Format(Strings.RealModelHeadOutOfRange, Head, Model, heads - 1)
        : null;
}
