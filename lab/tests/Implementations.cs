namespace Attention.Lab.Tests;

/// <summary>The implementations the lab runs in these tests: the reference, and stubs like the student's.</summary>
public static class Implementations
{
    /// <summary>solution/, wired by its Program.cs.</summary>
    public static AttentionImplementation Reference => LabEntry.Implementation;

    /// <summary>Every exercise still to do, with the French messages of student/'s stubs.</summary>
    public static AttentionImplementation Unfinished => new(
        (_, _) => throw new NotImplementedException("Exercice 1 — calculez les scores QKᵀ (q.matmul(…))."),
        (_, _) => throw new NotImplementedException("Exercice 2 — divisez les scores par √d_k."),
        _ => throw new NotImplementedException("Exercice 3 — appliquez le softmax sur la dernière dimension."),
        (_, _) => throw new NotImplementedException("Exercice 4 — multipliez les poids d'attention par V."),
        (_, _, _, _) => throw new NotImplementedException("Exercice 5 — enchaînez les 4 étapes : scores, scaling, softmax, sortie."),
        _ => throw new NotImplementedException("Bonus — construisez le masque causal (true = futur masqué)."),
        _ => throw new NotImplementedException("Exercice 6 — projetez x vers Q, K, V puis appliquez l'attention."));

    /// <summary>Exercises 1 and 2 done, exercise 3 (the softmax) not yet.</summary>
    public static AttentionImplementation SoftmaxUnfinished => Reference with { Softmax = Unfinished.Softmax };

    /// <summary>
    /// A softmax with a student's bug: a layer never created. (Not a shape error: on GCC 12 systems a
    /// libtorch error aborts the process before .NET can catch it.)
    /// </summary>
    public static AttentionImplementation SoftmaxBroken => Reference with { Softmax = scores => NeverCreated!.forward(scores) };

    static readonly TorchSharp.Modules.Softmax? NeverCreated = null;
}
