using Attention.Grader.Tests.Support;

namespace Attention.Grader.Tests.Grading;

/// <summary>
/// --help and parse errors hold none of System.CommandLine 2.0.0's English words in French (its French
/// satellite lacks "Description:", "[default: …]", "[command]", the conversion error, the typo heading),
/// and no French in English.
/// </summary>
public sealed class HelpLanguageTests
{
    /// <summary>Its English words, as its neutral resources spell them ("Options:" without the French space).</summary>
    static readonly string[] SystemCommandLineEnglish =
    [
        "Description:", "Usage:", "Arguments:", "Options:", "Commands:", "[command]", "[default:", "(REQUIRED)",
        "Show help", "Show version", "Cannot parse argument", "expects a single argument", "was not matched", "Did you mean", "Unrecognized command",
    ];

    static readonly string[] French = ["Description :", "Utilisation", "Commandes", "[commande]", "par défaut", "Affiche", "attend", "non reconnu"];

    public static TheoryData<string[]> HelpCommands => new() { new[] { "--help" }, new[] { "grade", "--help" }, new[] { "batch", "-h" }, new[] { "release", "--help" } };

    [Theory]
    [MemberData(nameof(HelpCommands))]
    public void French_help_has_no_english_word_of_system_commandline(string[] args)
    {
        var help = GraderCli.Run(args).Stdout;

        help.Should().StartWith("Description :").And.Contain("Utilisation :").And.Contain("Options :");
        foreach (var word in SystemCommandLineEnglish) help.Should().NotContain(word);
    }

    [Theory]
    [MemberData(nameof(HelpCommands))]
    public void English_help_has_no_french(string[] args)
    {
        var help = GraderCli.Run([.. args, "--lang", "en"]).Stdout;

        help.Should().StartWith("Description:").And.Contain("Usage:").And.Contain("Options:");
        foreach (var word in French) help.Should().NotContain(word);
    }

    [Fact]
    public void Root_help_names_its_commands_and_version_in_the_language()
    {
        GraderCli.Run("--help").Stdout.Should().Contain("Commandes :").And.Contain("[commande] [options]").And.Contain("Affiche la version");
        GraderCli.Run(["--help"], new Dictionary<string, string?> { ["ATTENTION_LANG"] = "en" }).Stdout
            .Should().Contain("Commands:").And.Contain("[command] [options]").And.Contain("Shows the version");
    }

    [Fact]
    public void Defaults_are_shown_in_the_language()
    {
        GraderCli.Run("batch", "--help").Stdout.Should().Contain("[par défaut : 2]");
        GraderCli.Run("batch", "--help", "--lang", "en").Stdout.Should().Contain("[default: 2]");
    }

    [Fact]
    public void A_parse_error_is_french_then_the_french_help()
    {
        var notANumber = GraderCli.Run("batch", "DIR", "--out", "REPORT", "--jobs", "deux");
        var typo = GraderCli.Run("gade");
        var twice = GraderCli.Run("grade", "--json", "a.json", "--json", "b.json");

        notANumber.Stderr.Should().Contain("--jobs attend un nombre entier, pas « deux ».");
        typo.Stderr.Should().Contain("Commande ou argument non reconnu").And.Contain("'gade'"); // its French: a no-break space before ":"
        twice.Stderr.Should().Contain("--json ne prend qu'une valeur ; il en a reçu 2.");
        foreach (var run in new[] { notANumber, typo, twice })
        {
            (run.Stdout + run.Stderr).Should().Contain("Utilisation :");
            foreach (var word in SystemCommandLineEnglish) (run.Stdout + run.Stderr).Should().NotContain(word);
        }
    }

    [Fact]
    public void A_parse_error_is_english_with_lang_en()
    {
        var notANumber = GraderCli.Run("batch", "DIR", "--out", "REPORT", "--jobs", "two", "--lang", "en");
        var twice = GraderCli.Run("grade", "--json", "a.json", "--json", "b.json", "--lang", "en");

        notANumber.Stderr.Should().Contain("--jobs expects a whole number, not 'two'.");
        twice.Stderr.Should().Contain("--json takes one value; it was given 2.");
        foreach (var run in new[] { notANumber, twice })
            foreach (var word in French) (run.Stdout + run.Stderr).Should().NotContain(word);
    }
}
