using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;
using Attention.Tests.Support.Checks;

namespace Attention.Tests.Kit;

/// <summary>
/// Kit only: tests/Checks/*.json are what the reference and the catalogue give today, so they never go
/// stale. `UPDATE_GOLDEN=1 dotnet test tests --filter FullyQualifiedName~CheckDataTests` writes them again.
/// </summary>
public sealed class CheckDataTests
{
    static string ChecksFolder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "..", "Checks");

    public static TheoryData<string> Exercises() => new(CheckDataGenerator.Exercises);

    [Theory]
    [MemberData(nameof(Exercises))]
    public void The_check_data_is_what_the_reference_and_the_catalogue_give(string exercise)
    {
        var path = Path.Combine(ChecksFolder(), exercise + ".json");
        var generated = CheckDataGenerator.Text(exercise);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1") File.WriteAllText(path, generated);
        File.Exists(path).Should().BeTrue($"{path} is made by UPDATE_GOLDEN=1");
        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(generated, $"{path} is stale: run UPDATE_GOLDEN=1 and read the diff");
    }

    [Fact]
    public void The_expected_values_are_those_of_the_independent_reference()
    {
        using var scope = NewDisposeScope();
        foreach (var spec in Cases.All.Where(c => c.Call == CallKind.Compute && c.Random is null))
        {
            var inputs = spec.Inputs();
            var (output, weights) = MistakeCatalogue.Reference.Compute(inputs["q"], inputs["k"], inputs["v"], null);
            var reference = Reference.Attention(inputs["q"], inputs["k"], inputs["v"]);
            output.allclose(reference.Output, 1e-5, 1e-6).Should().BeTrue(spec.Id);
            weights.allclose(reference.Weights, 1e-5, 1e-6).Should().BeTrue(spec.Id);
        }
    }

    [Fact]
    public void Every_mistake_has_a_French_and_an_English_text_and_shows_on_some_case()
    {
        var manager = new ResourceManager("Attention.Tests.Mistakes", typeof(Catalogue).Assembly);
        var french = manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var english = manager.GetResourceSet(CultureInfo.GetCultureInfo("en"), createIfNotExists: true, tryParents: false)!;
        var ids = MistakeCatalogue.Entries.Select(e => e.Id).ToList();
        ids.Should().OnlyHaveUniqueItems();
        foreach (var id in ids)
        {
            french.GetString(id).Should().NotBeNullOrWhiteSpace(id);
            english.GetString(id).Should().NotBeNullOrWhiteSpace(id);
        }
        french.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).Should().BeEquivalentTo(ids, "Mistakes.resx has one text per catalogue entry");
        var shown = CheckDataGenerator.Exercises.SelectMany(e => CheckFile.Of(e).Cases).SelectMany(c => c.Mistakes.Keys).SelectMany(k => k.Split('|')).ToHashSet();
        ids.Should().OnlyContain(id => shown.Contains(id), "every mistake is recognisable on at least one case");
    }
}
