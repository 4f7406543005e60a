namespace Attention.Lab.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void An_unknown_section_gives_one_line_and_the_usage()
    {
        var run = LabRun.Of(Implementations.Reference, "attension", "--lang", "fr");

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        var lines = run.Error.Split(Environment.NewLine);
        lines[0].Should().Contain("attension");
        lines[1].Should().StartWith("Usage : dotnet run --project student -- <section>");
        run.Error.Should().Contain("scaling").And.Contain("real-model");
    }

    [Fact]
    public void No_section_gives_the_usage()
    {
        var run = LabRun.Of(Implementations.Reference, "--lang", "fr");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("Indiquez la section à exécuter.");
    }

    [Fact]
    public void French_and_english_messages_have_the_same_keys()
    {
        var neutral = Keys(System.Globalization.CultureInfo.InvariantCulture);
        var english = Keys(System.Globalization.CultureInfo.GetCultureInfo("en"));

        english.Should().BeEquivalentTo(neutral);
    }

    static string[] Keys(System.Globalization.CultureInfo culture) =>
        Strings.ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<System.Collections.DictionaryEntry>().Select(entry => (string)entry.Key).Order().ToArray();
}
