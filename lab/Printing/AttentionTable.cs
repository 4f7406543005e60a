using Spectre.Console;

namespace Attention.Lab.Printing;

/// <summary>An attention matrix as a terminal table: a row per query, a column per key, the row's largest weight in bold.</summary>
internal static class AttentionTable
{
    public static Table Create(IReadOnlyList<string> tokens, double[,] weights)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn(new Text("Q \\ K")));
        foreach (var token in tokens)
            table.AddColumn(new TableColumn(new Text(token)).RightAligned());
        for (var i = 0; i < weights.GetLength(0); i++)
        {
            var largest = Matrices.ArgMax(Matrices.Row(weights, i));
            var cells = new List<Text> { new(tokens[i], new Style(decoration: Decoration.Bold)) };
            for (var j = 0; j < weights.GetLength(1); j++)
                cells.Add(new(Formatting.Number(weights[i, j], 2), j == largest ? new Style(decoration: Decoration.Bold) : Style.Plain));
            table.AddRow(cells);
        }
        return table;
    }
}
