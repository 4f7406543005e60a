using Attention.Lab.Printing;
using Attention.Lab.RealModel;
using Spectre.Console;

namespace Attention.Lab.Tests.RealModel;

/// <summary>How a download shows itself, on a terminal and elsewhere; and where models are cached.</summary>
public sealed class DownloadDisplayTests
{
    [Fact]
    public void On_a_terminal_each_file_gets_its_own_bar_ending_full()
    {
        using var output = new StringWriter();
        // A terminal as LabConsole makes it: ANSI and interactive (without both, Spectre draws no bars).
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.Yes, Interactive = InteractionSupport.Yes });

        new DownloadDisplay(console, output, terminal: true).Show("model", progress =>
        {
            progress.Report(new DownloadProgress("vocab.txt", 100, 200));
            progress.Report(new DownloadProgress("model.safetensors", 0, null));
        });

        var text = output.ToString();
        text.Should().Contain("vocab.txt").And.Contain("model.safetensors").And.Contain("100%");
        text.Should().NotContain("Téléchargement de", "the bars replace the two plain lines");
    }

    [Fact]
    public void The_cache_follows_XDG_CACHE_HOME_unless_ATTENTION_CACHE_is_set()
    {
        if (OperatingSystem.IsWindows()) return; // %LOCALAPPDATA% there, not XDG
        var (cache, xdg) = (Environment.GetEnvironmentVariable(ModelCache.Variable), Environment.GetEnvironmentVariable("XDG_CACHE_HOME"));
        try
        {
            Environment.SetEnvironmentVariable(ModelCache.Variable, null);
            Environment.SetEnvironmentVariable("XDG_CACHE_HOME", "/tmp/xdg");
            ModelCache.For("use-lite", "0.2.0").Should().Be("/tmp/xdg/attention-assignment/use-lite/0.2.0");

            Environment.SetEnvironmentVariable("XDG_CACHE_HOME", null);
            ModelCache.Root.Should().Be(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "attention-assignment"));

            Environment.SetEnvironmentVariable(ModelCache.Variable, "/tmp/elsewhere");
            ModelCache.Root.Should().Be("/tmp/elsewhere");
        }
        finally
        {
            Environment.SetEnvironmentVariable(ModelCache.Variable, cache);
            Environment.SetEnvironmentVariable("XDG_CACHE_HOME", xdg);
        }
    }
}
