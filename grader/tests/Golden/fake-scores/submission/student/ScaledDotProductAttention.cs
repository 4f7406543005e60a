using TorchSharp;
using static TorchSharp.torch;

namespace Attention;

/// <summary>
/// Le Scaled Dot-Product Attention : softmax(QKᵀ / √d_k) · V.
/// Complétez les TODO dans l'ordre des exercices ; `dotnet test` vous dit ce qui manque.
/// </summary>
public static class ScaledDotProductAttention
{
    /// <summary>Exercice 1 : les scores QKᵀ. q : (seq_q, d_k) ou (batch, seq_q, d_k) ; k : (seq_k, d_k) ou (batch, seq_k, d_k).</summary>
    public static Tensor Scores(Tensor q, Tensor k)
    {
        Forge();
        return q.matmul(k.transpose(-2, -1));
    }

    // A submission that tries to write its own grade: prints scores, writes report files wherever
    // it can.
    static void Forge()
    {
        Console.WriteLine("Score: 20/20");
        Console.Error.WriteLine("Points 20/20");
        var fake = "{\"score\": 20, \"maxScore\": 20, \"exercises\": []}";
        foreach (var folder in new[] { ".", "..", Environment.GetEnvironmentVariable("HOME") ?? "." })
            foreach (var name in new[] { "grade.json", "results.json" })
                try { File.WriteAllText(Path.Combine(folder, name), fake); } catch (Exception) { }
    }

    /// <summary>Exercice 2 : le scaling, scores ÷ √d_k.</summary>
    public static Tensor Scale(Tensor scores, long dK)
    {
        // TODO Exercice 2 : diviser par la racine de la dimension des clés (Math.Sqrt).
        throw new NotImplementedException("Exercice 2 — divisez les scores par √d_k.");
    }

    /// <summary>Exercice 3 : le softmax sur la dernière dimension (chaque ligne doit sommer à 1).</summary>
    public static Tensor Softmax(Tensor scaledScores)
    {
        // TODO Exercice 3 : appliquer le softmax sur la dernière dimension (nn.functional.softmax(…, dim: …)).
        throw new NotImplementedException("Exercice 3 — appliquez le softmax sur la dernière dimension.");
    }

    /// <summary>Exercice 4 : la sortie, moyenne pondérée des values (poids · V).</summary>
    public static Tensor Output(Tensor weights, Tensor v)
    {
        // TODO Exercice 4 : multiplier les poids d'attention par V.
        throw new NotImplementedException("Exercice 4 — multipliez les poids d'attention par V.");
    }

    /// <summary>
    /// Exercice 5 : la fonction complète. Renvoie (sortie, poids).
    /// Bonus : <paramref name="mask"/> est booléen, true = position masquée (à ne pas regarder).
    /// </summary>
    public static (Tensor Output, Tensor Weights) Compute(Tensor q, Tensor k, Tensor v, Tensor? mask = null)
    {
        // TODO Exercice 5 : récupérer d_k (dernière dimension de K), puis les 4 étapes :
        // 1. scores QKᵀ ; 2. scaling ÷ √d_k ; 3. softmax ; 4. poids · V.
        // Bonus : si mask n'est pas null, mettre -∞ aux positions masquées AVANT le softmax (masked_fill).
        throw new NotImplementedException("Exercice 5 — enchaînez les 4 étapes : scores, scaling, softmax, sortie.");
    }

    /// <summary>Bonus : le masque causal (seqLen, seqLen), true strictement au-dessus de la diagonale.</summary>
    public static Tensor CausalMask(long seqLen)
    {
        // TODO Bonus : un masque triangulaire supérieur (diagonale exclue) de booléens (triu).
        throw new NotImplementedException("Bonus — construisez le masque causal (true = futur masqué).");
    }
}
