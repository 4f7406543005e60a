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

    /// <summary>The suite reads the data by hand (CheckJson): it must read exactly what the serializer that wrote it reads.</summary>
    [Theory]
    [MemberData(nameof(Exercises))]
    public void The_suite_reads_the_check_data_as_the_serializer_does(string exercise)
    {
        var json = File.ReadAllText(Path.Combine(ChecksFolder(), exercise + ".json"));
        var bySerializer = System.Text.Json.JsonSerializer.Deserialize<CheckFile>(json, CheckFile.Json)!;
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

        var bySuite = CheckJson.Read(stream);

        bySuite.Should().BeEquivalentTo(bySerializer, options => options.WithStrictOrdering());
        bySuite.Cases.Should().NotBeEmpty();
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
        var french = ResourceTexts.Of(Mistakes.ResourceManager, ResourceTexts.French);
        var english = ResourceTexts.Of(Mistakes.ResourceManager, ResourceTexts.English);
        var ids = MistakeCatalogue.Entries.Select(e => e.Id).ToList();
        ids.Should().OnlyHaveUniqueItems();
        ids.Where(id => string.IsNullOrWhiteSpace(french.GetValueOrDefault(id))).Should().BeEmpty("each mistake needs its French text in Mistakes.resx");
        ids.Where(id => string.IsNullOrWhiteSpace(english.GetValueOrDefault(id))).Should().BeEmpty("each mistake needs its English text in Mistakes.en.resx");
        french.Keys.Should().BeEquivalentTo(ids, "Mistakes.resx has one text per catalogue entry");
        english.Keys.Should().BeEquivalentTo(ids, "Mistakes.en.resx has one text per catalogue entry");
        var shown = IdsInTheData();
        ids.Should().OnlyContain(id => shown.Contains(id), "every mistake is recognisable on at least one case");
    }

    /// <summary>The ids are computed from the data the suite embeds (Diagnosis.Headline splits "a|b"): each has its text in both languages.</summary>
    [Fact]
    public void Every_mistake_the_check_data_can_name_has_a_French_and_an_English_text()
    {
        var french = ResourceTexts.Of(Mistakes.ResourceManager, ResourceTexts.French);
        var english = ResourceTexts.Of(Mistakes.ResourceManager, ResourceTexts.English);
        var ids = IdsInTheData();
        ids.Should().HaveCountGreaterThan(20, "the check data is found");
        ids.Where(id => string.IsNullOrWhiteSpace(french.GetValueOrDefault(id))).Should().BeEmpty("Mistakes.resx");
        ids.Where(id => string.IsNullOrWhiteSpace(english.GetValueOrDefault(id))).Should().BeEmpty("Mistakes.en.resx");
    }

    static HashSet<string> IdsInTheData() =>
        CheckDataGenerator.Exercises.SelectMany(e => CheckFile.Of(e).Cases).SelectMany(c => c.Mistakes.Keys).SelectMany(k => k.Split('|')).ToHashSet();
}
