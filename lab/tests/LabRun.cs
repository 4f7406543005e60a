namespace Attention.Lab.Tests;

/// <summary>One run of the lab in this process, its output captured.</summary>
public sealed record LabRun(int ExitCode, string Output, string Error)
{
    public string All => Output + Error;

    public static LabRun Of(AttentionImplementation implementation, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = LabProgram.Run(args, implementation, output, error);
        return new(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The same, with the pretrained models of `real-model` loaded by <paramref name="loader"/>.</summary>
    internal static LabRun WithModels(global::Attention.Lab.RealModel.ModelLoader loader, AttentionImplementation implementation, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = Cli.LabCommandLine.Invoke(args, implementation, output, error, loader);
        return new(exitCode, output.ToString(), error.ToString());
    }
}
