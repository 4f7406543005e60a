using Attention.Lab.Figures;
using Attention.Lab.Printing;
using Attention.Lab.RealModel;
using Attention.Lab.RealModel.UseLite;
using static TorchSharp.torch;

namespace Attention.Lab.Sections;

/// <summary>
/// Section 8: the attention of a real pretrained transformer on the notebook's sentence, every layer
/// computed by the student's own Compute. Prints what the notebook's cells print, draws the chosen
/// layer and head, and writes every weight as JSON when asked.
/// </summary>
internal static class RealModelSection
{
    public const string Name = "real-model";

    public static Section For(RealModelRequest request, ModelLoader load) =>
        new(Name, () => Strings.RealModelTitle, () => Strings.RealModelDescription, session => Run(session, request, load));

    static void Run(LabSession session, RealModelRequest request, ModelLoader load)
    {
        if (request.Model == UseLiteModel.ModelName) session.Line(Strings.RealModelNotBertNotice);
        // Before any download: a Compute still to write fails here, at once, not after 268 MB.
        using (NewDisposeScope())
        {
            var probe = ones(1, 1, 2, 4);
            session.Implementation.Compute(probe, probe, probe, null);
        }
        using var model = load(request.Model, session.Downloads);
        // The command line checked the layer and head against the model's name; this is the model itself.
        if (request.OutOfRange(model.Layers, model.Heads) is { } refusal) throw new RealModelRequestException(refusal);
        if (model.Warning is { } warning) session.Line(warning);

        using var scope = NewDisposeScope();
        var attentions = model.Attend(request.Sentence, (q, k, v, mask) => session.Implementation.Compute(q, k, v, mask));
        var tokens = attentions.Tokens;
        session.Line(Strings.RealModelPhrase, request.Sentence);
        session.Line(Strings.RealModelTokens, Formatting.Words(tokens));
        session.Line(Strings.RealModelLayers, attentions.Weights.shape[0]);
        session.Line(Strings.RealModelHeads, attentions.Weights.shape[1]);
        session.Line();

        var matrix = Matrices.ToMatrix(attentions.Weights[request.Layer, request.Head]);
        session.Line(Strings.TableCaption);
        session.Show(AttentionTable.Create(tokens, matrix));
        session.Line();
        var words = TokenWords.Of(tokens);
        var row = Array.IndexOf(words, request.Word.ToLowerInvariant());
        if (row < 0) throw new RealModelRequestException(Formatting.Format(Strings.RealModelWordNotFound, request.Word, Formatting.Words(tokens)));
        session.Line(Strings.RealModelWordIndex, request.Word, row);
        session.Line();
        session.Line(Strings.RealModelWordAttention, request.Word, request.Layer + 1, request.Head + 1);
        session.Line(new string('-', 40));
        var weights = Matrices.Row(matrix, row);
        for (var j = 0; j < tokens.Count; j++)
            session.Line(Bars.Line(tokens[j], weights[j]) + (RealModelRequest.Candidates.Contains(words[j]) ? " ← ?" : ""));
        session.Line();

        var title = Formatting.Format(Strings.RealModelFigureTitle, request.Layer + 1, request.Head + 1, model.Name);
        session.SaveFigure(new AttentionFigure($"real-model-{model.Name}-layer{request.Layer + 1}-head{request.Head + 1}.png", title, tokens, matrix, 1000, 800));
        if (request.JsonFile is { } json)
        {
            AttentionsJson.Write(json, attentions);
            session.Line(Strings.RealModelJsonWritten, json);
        }
    }
}
