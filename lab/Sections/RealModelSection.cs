using Attention.Lab.Cli;

namespace Attention.Lab.Sections;

/// <summary>Section 8, the attention of DistilBERT: not in this version of the lab.</summary>
internal static class RealModelSection
{
    public const string Name = "real-model";

    public static int Run(TextWriter error)
    {
        error.WriteLine(Strings.RealModelUnavailable);
        return ExitCodes.Usage;
    }
}
