using System.Text.Json;
using Attention.Lab.Printing;

namespace Attention.Lab.RealModel;

/// <summary>
/// `--json FILE`: {"model": …, "tokens": [...], "attentions": [layer][head][query][key]}, every
/// weight of every layer and head, for plotting elsewhere (Python, a spreadsheet).
/// </summary>
public static class AttentionsJson
{
    public static void Write(string path, ModelAttentions attentions)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteString("model", attentions.Model);
        json.WriteStartArray("tokens");
        foreach (var token in attentions.Tokens) json.WriteStringValue(token);
        json.WriteEndArray();
        json.WriteStartArray("attentions");
        var shape = attentions.Weights.shape;
        var values = Matrices.ToArray(attentions.Weights);
        var index = 0;
        for (var layer = 0; layer < shape[0]; layer++)
        {
            json.WriteStartArray();
            for (var head = 0; head < shape[1]; head++)
            {
                json.WriteStartArray();
                for (var query = 0; query < shape[2]; query++)
                {
                    json.WriteStartArray();
                    for (var key = 0; key < shape[3]; key++) json.WriteNumberValue(Math.Round(values[index++], 6));
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
