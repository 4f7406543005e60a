using Attention.Lab.Printing;
using ScottPlot;

namespace Attention.Lab.Figures;

/// <summary>
/// The handout's attention figure (plt.imshow with cmap='Blues'): tokens on both axes, row 0 on top,
/// a colour bar, and each weight written in its cell, white on the dark cells.
/// </summary>
internal static class Heatmap
{
    /// <summary>Cells darker than this fraction of the colour range get white text.</summary>
    const double DarkCell = 0.5;

    /// <summary>Sans-serif fonts to try, the first installed wins (ScottPlot may pick a serif one).</summary>
    static readonly string[] SansFonts = ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica", "Segoe UI"];

    public static void Save(AttentionFigure figure, string path) =>
        Create(figure).SavePng(path, figure.Width, figure.Height);

    public static Plot Create(AttentionFigure figure)
    {
        var plot = new Plot();
        var heatmap = plot.Add.Heatmap(figure.Weights);
        heatmap.Colormap = new ScottPlot.Colormaps.Blues().Reversed(); // as matplotlib's Blues: light to dark
        var colorBar = plot.Add.ColorBar(heatmap);
        colorBar.Label = Strings.ColorBarLabel;
        plot.Title(figure.Title);
        plot.XLabel(Strings.AxisKeys);
        plot.YLabel(Strings.AxisQueries);
        PlaceTokens(plot, figure);
        var font = SansFont();
        WriteWeights(plot, figure.Weights, font);
        plot.Font.Set(font);
        foreach (var style in new[] { plot.Axes.Bottom.TickLabelStyle, plot.Axes.Left.TickLabelStyle, colorBar.Axis.TickLabelStyle, colorBar.LabelStyle })
            style.FontName = font;
        return plot;
    }

    /// <summary>The heatmap puts cell (i, j) at x = j, y = rows - 1 - i: row 0 on top, as imshow does.</summary>
    static (double X, double Y) Centre(int i, int j, int rows) => (j, rows - 1 - i);

    static void PlaceTokens(Plot plot, AttentionFigure figure)
    {
        var (rows, columns) = (figure.Weights.GetLength(0), figure.Weights.GetLength(1));
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, columns).Select(j => Centre(0, j, rows).X).ToArray(), figure.Tokens.Take(columns).ToArray());
        plot.Axes.Left.SetTicks(Enumerable.Range(0, rows).Select(i => Centre(i, 0, rows).Y).ToArray(), figure.Tokens.Take(rows).ToArray());
        plot.Axes.SetLimits(-0.5, columns - 0.5, -0.5, rows - 0.5);
        plot.Grid.IsVisible = false;
    }

    static void WriteWeights(Plot plot, double[,] weights, string font)
    {
        var (rows, columns) = (weights.GetLength(0), weights.GetLength(1));
        var finite = weights.Cast<double>().Where(double.IsFinite).DefaultIfEmpty(0).ToArray();
        var (low, high) = (finite.Min(), finite.Max());
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < columns; j++)
            {
                var (x, y) = Centre(i, j, rows);
                var label = plot.Add.Text(Formatting.Number(weights[i, j], 2), x, y);
                label.Alignment = Alignment.MiddleCenter;
                label.LabelFontName = font;
                label.LabelFontSize = rows > 6 ? 12 : 14;
                label.LabelFontColor = (weights[i, j] - low) / Math.Max(high - low, 1e-12) > DarkCell ? Colors.White : Colors.Black;
            }
    }

    static string SansFont()
    {
        var installed = SkiaSharp.SKFontManager.Default.GetFontFamilies();
        return SansFonts.FirstOrDefault(installed.Contains) ?? Fonts.Default;
    }
}
