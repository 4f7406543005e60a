namespace Attention.Lab.Figures;

/// <summary>
/// An attention matrix to draw: <see cref="Weights"/>[i, j] is how much token i (a query) looks at
/// token j (a key). The size is the handout's figsize at 100 dpi.
/// </summary>
internal sealed record AttentionFigure(string FileName, string Title, IReadOnlyList<string> Tokens, double[,] Weights, int Width = 800, int Height = 600);
