namespace Attention.Lab.RealModel;

/// <summary>A pretrained transformer whose attention is computed by the code it is handed.</summary>
public interface IPretrainedModel : IDisposable
{
    /// <summary>The name on the command line: "distilbert" or "use-lite".</summary>
    string Name { get; }

    int Layers { get; }

    int Heads { get; }

    /// <summary>A line to show before the results (DistilBERT: a vocabulary that is not bert-base-uncased's), or null.</summary>
    string? Warning => null;

    /// <summary>Tokenizes <paramref name="sentence"/> and runs the encoder, every attention through <paramref name="attention"/>.</summary>
    ModelAttentions Attend(string sentence, AttentionFunction attention);
}
