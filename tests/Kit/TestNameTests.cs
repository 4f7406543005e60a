using System.Globalization;
using System.Reflection;
using Attention.Tests.Support.Naming;
using Xunit.v3;

namespace Attention.Tests.Kit;

/// <summary>The kit's own check (not released): every test of the suite has a French and an English name.</summary>
public sealed class TestNameTests
{
    static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");
    static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    static IEnumerable<string> Keys() =>
        typeof(TestNameTests).Assembly.GetTypes()
            .Where(type => type.GetCustomAttribute<ExerciseAttribute>() is not null)
            .SelectMany(type => type.GetMethods().Where(method => method.GetCustomAttributes().OfType<IFactAttribute>().Any())
                .Select(method => DisplayNames.Key(type, method.Name)))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Every_test_of_an_exercise_has_a_french_and_an_english_name()
    {
        var keys = Keys().ToList();
        keys.Should().HaveCountGreaterThan(60, "the suite's tests are found");

        keys.Where(key => string.IsNullOrWhiteSpace(DisplayNames.Of(key, French))).Should().BeEmpty("each needs a French name in TestNames.resx");
        keys.Where(key => DisplayNames.Of(key, English) is not { } name || name == DisplayNames.Of(key, French) && !SameInBoth.Contains(key))
            .Should().BeEmpty("each needs an English name in TestNames.en.resx");
    }

    [Fact]
    public void No_name_is_left_for_a_test_that_no_longer_exists()
    {
        var keys = Keys().ToHashSet();
        var named = new[] { TestNames.ResourceManager, Exercises.Hidden.HiddenTestNames.ResourceManager }
            .SelectMany(manager => manager
                .GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
                .Cast<System.Collections.DictionaryEntry>().Select(entry => (string)entry.Key));

        named.Where(key => !keys.Contains(key)).Should().BeEmpty();
    }

    [Fact]
    public void Two_tests_of_an_exercise_never_share_a_name()
    {
        foreach (var culture in new[] { French, English })
            Keys().GroupBy(key => (key.Split('.')[0], DisplayNames.Of(key, culture)))
                .Where(group => group.Count() > 1).Select(group => group.Key).Should().BeEmpty(culture.Name);
    }

    /// <summary>Names that read the same in both languages.</summary>
    static readonly HashSet<string> SameInBoth = [];
}
