using Attention.Lab.RealModel;
using Attention.Lab.RealModel.DistilBert;

namespace Attention.Lab.Tests.RealModel;

/// <summary>
/// A fresh, empty model cache (and, if given, a hub address) for one test, as the lab reads them:
/// through environment variables, restored at the end. The lab's tests never run in parallel.
/// </summary>
public sealed class ModelCacheScope : IDisposable
{
    readonly string? cache = Environment.GetEnvironmentVariable(ModelCache.Variable);
    readonly string? endpoint = Environment.GetEnvironmentVariable(HubDownload.EndpointVariable);

    public ModelCacheScope(string? hubEndpoint = null)
    {
        Environment.SetEnvironmentVariable(ModelCache.Variable, Temporary.Directory());
        if (hubEndpoint is not null) Environment.SetEnvironmentVariable(HubDownload.EndpointVariable, hubEndpoint);
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(ModelCache.Variable, cache);
        Environment.SetEnvironmentVariable(HubDownload.EndpointVariable, endpoint);
    }
}
