using TorchSharp;
using static TorchSharp.torch;

namespace Attention.Lab.Tests;

/// <summary>The `mask` section checks the student's mask and Compute with it, and says what is wrong.</summary>
public sealed class MaskSectionTests
{
    const string Observation = "chaque ligne ne peut voir que les positions précédentes";

    static AttentionImplementation WithMask(Func<long, Tensor> mask) => Implementations.Reference with { CausalMask = mask };

    static Tensor Ones(long n) => ones(n, n, dtype: ScalarType.Bool);

    public static TheoryData<string, string> WrongMasks => new()
    {
        { "inverted", "votre masque est inversé" },
        { "lower-triangle", "cache le passé au lieu du futur" },
        { "diagonal-hidden", "cache aussi la diagonale" },
        { "shifted", "votre masque est décalé" },
        { "nothing-hidden", "ne cache rien" },
        { "everything-hidden", "cache tout" },
        { "one-cell", "laisse voir la case [1, 3]" },
        { "float", "le masque doit être booléen" },
        { "wrong-shape", "doit être de forme (5, 5), le vôtre est (6, 6)" },
    };

    static Func<long, Tensor> Mask(string name) => name switch
    {
        "inverted" => n => Ones(n).triu(1).logical_not(),
        "lower-triangle" => n => Ones(n).tril(-1),
        "diagonal-hidden" => n => Ones(n).triu(0),
        "shifted" => n => Ones(n).triu(2),
        "nothing-hidden" => n => zeros(n, n, dtype: ScalarType.Bool),
        "everything-hidden" => n => Ones(n),
        "one-cell" => OneCellShown,
        "float" => n => ones(n, n).triu(1),
        "wrong-shape" => n => Ones(n + 1).triu(1),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>The right mask but for one future cell, [1, 3], left visible.</summary>
    static Tensor OneCellShown(long n)
    {
        var mask = Ones(n).triu(1);
        mask[1, 3] = tensor(false);
        return mask;
    }

    [Theory]
    [MemberData(nameof(WrongMasks))]
    public void A_wrong_mask_is_named_and_stops_the_section_before_the_observation(string mask, string explanation)
    {
        var run = LabRun.Of(WithMask(Mask(mask)), "mask", "--lang", "fr", "--out", Temporary.Directory());

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain("À corriger pour la section « mask » : ").And.Contain(explanation);
        run.Output.Should().Contain("Masque causal (True = masqué):").And.NotContain(Observation);
        run.All.Should().NotContain("   at ").And.NotContain("Exception");
    }

    [Fact]
    public void A_float_mask_with_the_right_pattern_is_only_told_to_be_boolean()
    {
        var run = LabRun.Of(WithMask(Mask("float")), "mask", "--lang", "fr", "--out", Temporary.Directory());

        run.Error.Should().Contain("booléen").And.NotContain("inversé").And.NotContain("la case");
    }

    [Fact]
    public void Compute_that_ignores_the_mask_is_told_it_sees_the_future()
    {
        var reference = Implementations.Reference;
        var run = LabRun.Of(reference with { Compute = (q, k, v, _) => reference.Compute(q, k, v, null) },
            "mask", "--lang", "fr", "--out", Temporary.Directory());

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain("Compute donne encore un poids de").And.Contain("position future 1 depuis la ligne 0");
        run.Output.Should().Contain("Poids d'attention avec masque causal:").And.NotContain(Observation);
    }

    [Fact]
    public void A_mask_applied_after_the_softmax_is_told_its_rows_no_longer_sum_to_one()
    {
        var reference = Implementations.Reference;
        var run = LabRun.Of(reference with
        {
            Compute = (q, k, v, mask) =>
            {
                var (_, weights) = reference.Compute(q, k, v, null);
                var masked = weights.masked_fill(mask!, 0);
                return (masked.matmul(v), masked);
            },
        }, "mask", "--lang", "fr", "--out", Temporary.Directory());

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain("somme à").And.Contain("avant le softmax");
    }

    [Fact]
    public void The_right_mask_gives_the_observation_and_the_figure()
    {
        var run = LabRun.Of(Implementations.Reference, "mask", "--lang", "fr", "--out", Temporary.Directory());

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Output.Should().Contain(Observation).And.Contain("mask.png");
    }

    [Fact]
    public void A_wrong_mask_is_explained_in_english_when_asked()
    {
        var run = LabRun.Of(WithMask(Mask("inverted")), "mask", "--lang", "en", "--out", Temporary.Directory());

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain("your mask is inverted");
    }
}
