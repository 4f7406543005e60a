namespace Attention.Tests.Support;

/// <summary>The handout's worked example (section 3, "Exemple concret"): ["Le", "chat", "dort"], d = 4.</summary>
public static class LeChatDort
{
    public static Tensor Q => tensor(new float[,] { { 0.1f, 0.2f, 0.1f, 0.0f }, { 0.2f, 0.8f, 0.1f, 0.3f }, { 0.3f, 0.7f, 0.2f, 0.1f } });
    public static Tensor K => tensor(new float[,] { { 0.9f, 0.1f, 0.0f, 0.2f }, { 0.2f, 0.9f, 0.2f, 0.1f }, { 0.1f, 0.3f, 0.8f, 0.1f } });
    public static Tensor V => eye(3, 4);

    /// <summary>Step 1, the row of "dort": Q_dort · K_Le, K_chat, K_dort.</summary>
    public static readonly double[] ScoresDort = [0.36, 0.74, 0.41];

    /// <summary>Step 2: ÷ √4.</summary>
    public static readonly double[] ScaledDort = [0.18, 0.37, 0.205];

    /// <summary>Step 3, the true softmax. The handout prints [0.26, 0.42, 0.32]: an erratum.</summary>
    public static readonly double[] WeightsDort = [0.3092, 0.3739, 0.3170];

    /// <summary>The weights as the handout prints them, used to check step 4 on its own.</summary>
    public static readonly double[] PrintedWeightsDort = [0.26, 0.42, 0.32];
}
