namespace Attention.Lab.Tests;

/// <summary>
/// The lab's --help and parse errors hold none of System.CommandLine 2.0.0's English words in French
/// (its French satellite lacks "Description:", "[default: …]", "[command]", the conversion error), and no French in English.
/// </summary>
public sealed class HelpLanguageTests
{
    static readonly string[] SystemCommandLineEnglish =
    [
        "Description:", "Usage:", "Arguments:", "Options:", "Commands:", "[command]", "[default:", "(REQUIRED)",
        "Show help", "Show version", "Cannot parse argument", "expects a single argument", "was not matched", "Did you mean", "Unrecognized command",
    ];

    static readonly string[] French = ["Description :", "Utilisation", "Commandes", "[commande]", "par défaut", "Affiche", "attend", "non reconnu"];

    public static TheoryData<string[]> HelpCommands => new() { new[] { "--help" }, new[] { "real-model", "--help" }, new[] { "scaling", "-h" } };

    [Theory]
    [MemberData(nameof(HelpCommands))]
    public void French_help_has_no_english_word_of_system_commandline(string[] args)
    {
        var run = LabRun.Of(Implementations.Reference, [.. args, "--lang", "fr"]);

        run.ExitCode.Should().Be(0);
        run.Output.Should().StartWith("Description :").And.Contain("Utilisation :").And.Contain("Options :").And.Contain("Affiche l'aide");
        foreach (var word in SystemCommandLineEnglish) run.All.Should().NotContain(word);
    }

    [Theory]
    [MemberData(nameof(HelpCommands))]
    public void English_help_has_no_french(string[] args)
    {
        var run = LabRun.Of(Implementations.Reference, [.. args, "--lang", "en"]);

        run.Output.Should().StartWith("Description:").And.Contain("Usage:").And.Contain("Options:").And.Contain("Shows help");
        foreach (var word in French) run.All.Should().NotContain(word);
    }

    [Fact]
    public void Defaults_and_commands_are_named_in_the_language()
    {
        LabRun.Of(Implementations.Reference, "real-model", "--help", "--lang", "fr").Output.Should().Contain("[par défaut : 0]");
        LabRun.Of(Implementations.Reference, "real-model", "--help", "--lang", "en").Output.Should().Contain("[default: 0]");
        LabRun.Of(Implementations.Reference, "--help", "--lang", "fr").Output.Should().Contain("Commandes :").And.Contain("[commande] [options]");
        LabRun.Of(Implementations.Reference, "--help", "--lang", "en").Output.Should().Contain("Commands:").And.Contain("[command] [options]");
    }

    [Fact]
    public void A_number_that_is_not_one_is_refused_in_french()
    {
        var run = LabRun.Of(Implementations.Reference, "real-model", "--layer", "deux", "--lang", "fr");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("--layer attend un nombre entier, pas « deux ».");
        foreach (var word in SystemCommandLineEnglish) run.All.Should().NotContain(word);
    }

    [Fact]
    public void A_number_that_is_not_one_is_refused_in_english()
    {
        var run = LabRun.Of(Implementations.Reference, "real-model", "--head", "two", "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("--head expects a whole number, not 'two'.");
        foreach (var word in French) run.All.Should().NotContain(word);
    }

    [Fact]
    public void An_option_given_twice_is_refused_in_the_language()
    {
        var french = LabRun.Of(Implementations.Reference, "real-model", "--json", "a.json", "--json", "b.json", "--lang", "fr");
        var english = LabRun.Of(Implementations.Reference, "real-model", "--json", "a.json", "--json", "b.json", "--lang", "en");

        french.ExitCode.Should().Be(2);
        french.Error.Should().StartWith("--json ne prend qu'une valeur ; il en a reçu 2.");
        foreach (var word in SystemCommandLineEnglish) french.All.Should().NotContain(word);
        english.Error.Should().StartWith("--json takes one value; it was given 2.");
        foreach (var word in French) english.All.Should().NotContain(word);
    }
}
