using Attention.Lab.Figures;
using Attention.Lab.Printing;
using Attention.Lab.RealModel;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Attention.Lab.Sections;

/// <summary>What a section works with: the implementation under test, the terminal and the figure folder.</summary>
internal sealed class LabSession(AttentionImplementation implementation, TextWriter output, IAnsiConsole console, string figureDirectory)
{
    readonly List<string> _savedFigures = [];

    public AttentionImplementation Implementation { get; } = implementation;

    public string FigureDirectory { get; } = figureDirectory;

    /// <summary>The file names of the figures written so far.</summary>
    public IReadOnlyList<string> SavedFigures => _savedFigures;

    /// <summary>Plain text: tensors have brackets that Spectre's markup would read.</summary>
    public void Line(string text = "") => output.WriteLine(text);

    public void Line(string template, params object?[] args) => output.WriteLine(Formatting.Format(template, args));

    /// <summary>A section's title, as a rule across the terminal.</summary>
    public void Header(string title) => console.Write(new Rule(Markup.Escape(title)).LeftJustified());

    /// <summary>A step inside a section (an exercise): a blank line, then a discreet rule.</summary>
    public void Subheader(string title)
    {
        Line();
        console.Write(new Rule(Markup.Escape(title)) { Style = new Style(Color.Grey) }.LeftJustified());
    }

    /// <summary>
    /// Writes <paramref name="renderable"/>. A file or a pipe has no width of its own: there a wide
    /// table (a real model's 12 tokens) is drawn whole rather than wrapped at Spectre's 80 columns.
    /// </summary>
    public void Show(IRenderable renderable)
    {
        var width = console.Profile.Width;
        if (!LabConsole.IsTerminal(output))
            console.Profile.Width = Math.Max(width, renderable.Measure(RenderOptions.Create(console), int.MaxValue).Max);
        try
        {
            console.Write(renderable);
        }
        finally
        {
            console.Profile.Width = width;
        }
    }

    /// <summary>Where a model's download shows its progress.</summary>
    public IDownloadDisplay Downloads => new DownloadDisplay(console, output, LabConsole.IsTerminal(output));

    /// <summary>The weights as a table, then the "█" bars of one row (the handout's section 8 printout).</summary>
    public void ShowWeights(IReadOnlyList<string> tokens, double[,] weights, int barsRow)
    {
        Line(Strings.TableCaption);
        Show(AttentionTable.Create(tokens, weights));
        Line();
        Line(Strings.BarsHeader, tokens[barsRow]);
        Line(new string('-', 40));
        foreach (var line in Bars.Lines(tokens, Matrices.Row(weights, barsRow)))
            Line(line);
    }

    /// <summary>Writes <paramref name="figure"/> as a PNG into <see cref="FigureDirectory"/>.</summary>
    public void SaveFigure(AttentionFigure figure)
    {
        Directory.CreateDirectory(FigureDirectory);
        var path = Path.Combine(FigureDirectory, figure.FileName);
        Heatmap.Save(figure, path);
        _savedFigures.Add(figure.FileName);
        Line(Strings.FigureSaved, path);
    }
}
