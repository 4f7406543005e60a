namespace Attention.Lab.Sections;

/// <summary>
/// What `real-model` is asked for: the model, the layer and head to show (from 0, as the notebook's
/// variables), the sentence, the word whose row becomes bars, and where to write every weight as JSON.
/// </summary>
internal sealed record RealModelRequest(string Model, int Layer, int Head, string Sentence, string Word, string? JsonFile)
{
    public const string DistilBert = "distilbert";
    public const string UseLite = "use-lite";
    public static readonly string[] Models = [DistilBert, UseLite];

    /// <summary>Layers and heads of each model, to refuse a bad --layer or --head before any download.</summary>
    public static (int Layers, int Heads) ShapeOf(string model) => model == UseLite ? (2, 4) : (6, 12);

    /// <summary>The notebook's sentence and its question: what does "it" look at?</summary>
    public const string HandoutSentence = "The cat sat on the mat because it was tired";
    public const string HandoutWord = "it";

    /// <summary>The two candidates of the notebook's question, marked "← ?" after their bars.</summary>
    public static readonly string[] Candidates = ["cat", "mat"];
}
