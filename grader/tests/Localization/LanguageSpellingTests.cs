using System.Collections.Immutable;
using Attention.Grader.Localization;
using Attention.Interceptors;
using Attention.Languages;

namespace Attention.Grader.Tests.Localization;

/// <summary>
/// Every part reads ATTENTION_LANG alike. tests/, the lab, the allow-list analyzer and the matmul shape
/// check's generator compile build/Language/LanguageChoice.cs in (they cannot reference the grader);
/// so do the grader and this project. These tests pin its spellings, through the grader's entry point
/// too, and check the one part that cannot call it: the check generated into the student's assembly.
/// </summary>
public sealed class LanguageSpellingTests
{
    public static TheoryData<string?, string> Spellings() => new()
    {
        { "en", "en" }, { "EN", "en" }, { " en ", "en" }, { "en\n", "en" }, { "english", "en" }, { "English", "en" }, { " ENGLISH ", "en" },
        { "fr", "fr" }, { "FR", "fr" }, { "français", "fr" }, { "anglais", "fr" }, { "en-US", "fr" }, { "eng", "fr" },
        { "e n", "fr" }, { "de", "fr" }, { "", "fr" }, { "  ", "fr" }, { null, "fr" },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void The_grader_and_the_kits_one_rule_read_ATTENTION_LANG_alike(string? value, string language)
    {
        LanguageChoice.Of(value).Should().Be(language, "build/Language/LanguageChoice.cs, which tests/, the lab and the analyzers compile in");
        Language.Of(value).Should().Be(language, "the grader's Localization/Language");
    }

    [Fact]
    public void The_generated_shape_check_carries_the_same_rule()
    {
        var generated = ShapeCheckSource.Write(ImmutableArray<Intercepted>.Empty);

        generated.Should().Contain(LanguageChoice.EnglishTest("global::System.Environment.GetEnvironmentVariable(\"ATTENTION_LANG\")") + ";")
            .And.Contain("?.Trim().ToLowerInvariant() is \"en\" or \"english\";");
    }
}
