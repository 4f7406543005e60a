using System.Collections;
using System.Globalization;
using System.Resources;

namespace Attention.Tests.Kit;

/// <summary>Kit only: the texts one resx holds for one language, without falling back to the other.</summary>
public static class ResourceTexts
{
    public static readonly CultureInfo French = CultureInfo.InvariantCulture, English = CultureInfo.GetCultureInfo("en");

    /// <summary>Key → text of <paramref name="manager"/>'s file for <paramref name="culture"/> (the neutral file, French, for the invariant culture).</summary>
    public static IReadOnlyDictionary<string, string> Of(ResourceManager manager, CultureInfo culture) =>
        manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);
}
