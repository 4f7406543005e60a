using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Attention;

/// <summary>
/// Module de self-attention : les embeddings sont projetés en Q, K, V par des couches apprenables.
/// </summary>
public sealed class SelfAttention : nn.Module<Tensor, (Tensor Output, Tensor Weights)>
{
    public readonly Linear W_q;
    public readonly Linear W_k;
    public readonly Linear W_v;

    public long EmbedDim { get; }

    public SelfAttention(long embedDim) : base(nameof(SelfAttention))
    {
        EmbedDim = embedDim;
        // TODO Exercice 6, étape 1 : créer 3 couches linéaires pour projeter vers Q, K, V.
        // Chaque couche : embedDim -> embedDim, par exemple nn.Linear(embedDim, embedDim).
        W_q = null!;
        W_k = null!;
        W_v = null!;
        RegisterComponents(); // enregistre W_q, W_k, W_v comme sous-modules : gardez cette ligne en dernier
    }

    /// <summary>x : (batch, seq, embedDim) → sortie (batch, seq, embedDim), poids (batch, seq, seq).</summary>
    public override (Tensor Output, Tensor Weights) forward(Tensor x)
    {
        // TODO Exercice 6, étape 2 : projeter x vers Q, K, V (W_q.forward(x), …).
        // TODO Exercice 6, étape 3 : appliquer l'attention ; pour les batches, transpose(-2, -1) et non .t().
        throw new NotImplementedException("Exercice 6 — projetez x vers Q, K, V puis appliquez l'attention.");
    }
}
