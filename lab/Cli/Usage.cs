using Attention.Lab.Sections;

namespace Attention.Lab.Cli;

/// <summary>The short usage shown after a bad command line (`--help` gives the full help).</summary>
internal static class Usage
{
    /// <summary>Writes <paramref name="message"/> and the usage; returns <see cref="ExitCodes.Usage"/>.</summary>
    public static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        error.WriteLine(Strings.Usage);
        error.WriteLine(Strings.UsageSections);
        foreach (var (name, description) in Entries())
            error.WriteLine($"  {name,-12}{description}");
        return ExitCodes.Usage;
    }

    static IEnumerable<(string Name, string Description)> Entries() =>
        SectionCatalog.All.Select(section => (section.Name, section.Description()))
            .Append(("all", Strings.AllDescription))
            .Append((RealModelSection.Name, Strings.RealModelDescription));
}
