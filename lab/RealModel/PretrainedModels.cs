namespace Attention.Lab.RealModel;

/// <summary>The models `real-model --model` knows, each fetched once into <see cref="ModelCache"/>.</summary>
public static class PretrainedModels
{
    public static IPretrainedModel Load(string name, IDownloadDisplay download) =>
        throw new ModelUnavailableException(Strings.RealModelUnavailable);
}
