using System.Buffers.Binary;
using Attention.Lab.Figures;

namespace Attention.Lab.Tests;

public sealed class FigureTests
{
    static readonly string[] Tokens = ["Le", "chat", "dort"];
    static readonly double[,] Weights = { { 0.5, 0.3, 0.2 }, { 0.1, 0.8, 0.1 }, { 0.3, 0.4, 0.3 } };

    [Fact]
    public void The_heatmap_is_a_png_of_the_asked_size()
    {
        var path = Path.Combine(Temporary.Directory(), "heatmap.png");

        Heatmap.Save(new AttentionFigure("heatmap.png", "Qui regarde qui ?", Tokens, Weights, 640, 480), path);

        PngSize(path).Should().Be((640, 480));
    }

    [Fact]
    public void The_heatmap_has_the_tokens_on_both_axes_and_a_value_in_each_cell()
    {
        var plot = Heatmap.Create(new AttentionFigure("heatmap.png", "Qui regarde qui ?", Tokens, Weights));
        plot.RenderInMemory(); // ticks are placed when the plot is drawn

        plot.Axes.Bottom.TickGenerator.Ticks.Select(tick => tick.Label).Should().Equal("Le", "chat", "dort");
        // Row 0 on top: "Le" has the highest y.
        plot.Axes.Left.TickGenerator.Ticks.OrderByDescending(tick => tick.Position).Select(tick => tick.Label)
            .Should().Equal("Le", "chat", "dort");
        plot.GetPlottables<ScottPlot.Plottables.Text>().Select(text => text.LabelText)
            .Should().HaveCount(9).And.Contain("0.80");
    }

    [Fact]
    public void All_writes_every_figure()
    {
        var directory = Temporary.Directory();

        var run = LabRun.Of(Implementations.Reference, "all", "--out", directory, "--lang", "fr");

        run.ExitCode.Should().Be(0, run.Error);
        Directory.GetFiles(directory).Select(Path.GetFileName).Should().BeEquivalentTo("simulated.png", "sentence.png", "mask.png");
        PngSize(Path.Combine(directory, "sentence.png")).Should().Be((1000, 800));
        PngSize(Path.Combine(directory, "simulated.png")).Should().Be((800, 600));
    }

    /// <summary>Checks the PNG signature and reads the size from the IHDR chunk.</summary>
    static (int Width, int Height) PngSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        bytes.AsSpan(0, 8).ToArray().Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        System.Text.Encoding.ASCII.GetString(bytes, 12, 4).Should().Be("IHDR");
        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }
}
