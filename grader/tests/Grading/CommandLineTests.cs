using System.Collections;
using System.Globalization;
using Attention.Grader.Localization;
using Attention.Grader.Tests.Support;

namespace Attention.Grader.Tests.Grading;

/// <summary>The command line speaks the grader's language, System.CommandLine's own words included; never the OS's.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Help_is_french_by_default()
    {
        var help = GraderCli.Run("grade", "--help");
        help.Stdout.Should().Contain("Utilisation").And.Contain("Corrige un rendu").And.Contain("Affiche l'aide").And.NotContain("Usage:");
    }

    [Fact]
    public void Help_is_english_with_lang_en_or_attention_lang()
    {
        GraderCli.Run("grade", "--help", "--lang", "en").Stdout.Should().Contain("Usage:").And.NotContain("Utilisation");
        GraderCli.Run(["release", "--help"], new Dictionary<string, string?> { ["ATTENTION_LANG"] = "en" })
            .Stdout.Should().Contain("Usage:").And.Contain("Writes the student repository");
    }

    [Fact]
    public void Parse_errors_are_in_the_language_too()
    {
        GraderCli.Run("grade", "a", "b").Stderr.Should().Contain("Commande ou argument non reconnu");
        GraderCli.Run("grade", "a", "b", "--lang", "en").Stderr.Should().Contain("Unrecognized command or argument");
        GraderCli.Run("batch").Stderr.Should().Contain("--out (le dossier du rapport) est obligatoire");
        GraderCli.Run("batch", "--lang", "en").Stderr.Should().Contain("is required").And.NotContain("obligatoire");
    }

    [Fact]
    public void French_and_english_texts_have_the_same_keys()
    {
        Keys(CultureInfo.GetCultureInfo("en")).Should().BeEquivalentTo(Keys(CultureInfo.InvariantCulture));
    }

    static string[] Keys(CultureInfo culture) =>
        Strings.ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(entry => (string)entry.Key).Order().ToArray();
}
