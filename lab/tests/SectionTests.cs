using System.Globalization;
using System.Text.RegularExpressions;

namespace Attention.Lab.Tests;

public sealed class SectionTests
{
    [Fact]
    public void Simulated_prints_the_five_tokens_and_the_question()
    {
        var run = LabRun.Of(Implementations.Reference, "simulated", "--lang", "fr", "--out", Temporary.Directory());

        run.ExitCode.Should().Be(0);
        foreach (var token in new[] { "Le", "chat", "mange", "la", "souris" })
            run.Output.Should().Contain($"│ {token}");
        run.Output.Should().Contain("quel mot le verbe « mange » regarde-t-il le plus ?");
        run.Output.Should().Contain("  chat       0.40 ████████████");
    }

    [Fact]
    public void Scaling_raises_the_entropy_on_the_reference()
    {
        var run = LabRun.Of(Implementations.Reference, "scaling", "--lang", "fr");

        run.ExitCode.Should().Be(0);
        var entropies = Regex.Matches(run.Output, @"Entropie moyenne: (\d+\.\d{4})")
            .Select(match => double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)).ToArray();
        entropies.Should().HaveCount(2, "one entropy without scaling, one with");
        entropies[1].Should().BeGreaterThan(entropies[0]);
        entropies[1].Should().BeLessThanOrEqualTo(Math.Log(10) + 1e-4);
    }

    [Fact]
    public void Scaling_asks_question_2_after_its_figures_as_simulated_asks_question_1()
    {
        var scaling = LabRun.Of(Implementations.Reference, "scaling", "--lang", "fr").Output;
        var simulated = LabRun.Of(Implementations.Reference, "simulated", "--lang", "fr", "--out", Temporary.Directory()).Output;

        scaling.Should().Contain("Question 2 : pourquoi divise-t-on par √d_k ?");
        scaling.IndexOf("Question 2", StringComparison.Ordinal).Should().BeGreaterThan(scaling.LastIndexOf("Entropie moyenne", StringComparison.Ordinal));
        simulated.Should().Contain("Question 1 : dans cette matrice");
        foreach (var output in new[] { scaling, simulated })
            output.TrimEnd().Should().EndWith("Répondez dans student/REPONSES.md.");
        LabRun.Of(Implementations.Reference, "scaling", "--lang", "en").Output.Should().Contain("Question 2: why divide by √d_k?");
    }

    [Fact]
    public void Scaling_speaks_english_when_asked()
    {
        var run = LabRun.Of(Implementations.Reference, "scaling", "--lang", "en");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("=== WITHOUT SCALING ===").And.Contain("Mean entropy: ");
    }

    [Fact]
    public void Exercises_print_what_the_handout_cells_print()
    {
        var run = LabRun.Of(Implementations.Reference, "exercises", "--lang", "fr");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("Scores (QK^T):")
            .And.Contain("Shape: (3, 3)")
            .And.Contain("Vérification - Somme par ligne: tensor([1.0000, 1.0000, 1.0000])")
            .And.Contain("Structure de sortie: (4, 8)")
            .And.Contain("Output shape: (2, 5, 32)")
            .And.Contain("Weights shape: (2, 5, 5)");
    }

    [Fact]
    public void Mask_prints_the_causal_mask_as_zeros_and_ones()
    {
        var run = LabRun.Of(Implementations.Reference, "mask", "--lang", "fr", "--out", Temporary.Directory());

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("""
            tensor([[0, 1, 1, 1, 1],
                    [0, 0, 1, 1, 1],
            """.ReplaceLineEndings(Environment.NewLine));
        run.Output.Should().Contain("tensor([[1.00, 0.00, 0.00, 0.00, 0.00],");
    }
}
