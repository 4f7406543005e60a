namespace Attention.Lab.RealModel;

/// <summary>
/// Where downloaded models are kept, once per user: $ATTENTION_CACHE if set, else
/// $XDG_CACHE_HOME/attention-assignment (~/.cache/attention-assignment), or
/// %LOCALAPPDATA%\attention-assignment on Windows.
/// </summary>
public static class ModelCache
{
    public const string Variable = "ATTENTION_CACHE";

    public static string Root
    {
        get
        {
            if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } overridden) return overridden;
            if (OperatingSystem.IsWindows())
                return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "attention-assignment");
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            var cache = xdg is { Length: > 0 } ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            return Path.Combine(cache, "attention-assignment");
        }
    }

    /// <summary>The folder of one model, e.g. "distilbert-base-uncased/&lt;revision&gt;".</summary>
    public static string For(params string[] parts) => Path.Combine([Root, .. parts]);
}
