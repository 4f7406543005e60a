using System.Globalization;
using System.Resources;

namespace Attention.Tests.Support.Naming;

/// <summary>
/// The name a test shows in the IDE's test explorer and in `dotnet test`: a sentence in the student's
/// language, from TestNames.resx (French) and TestNames.en.resx, keyed by "Class.Method". The hidden
/// tests' names live beside them (Exercises/Hidden/HiddenTestNames.resx), so they leave the kit with them.
/// </summary>
public static class DisplayNames
{
    static readonly ResourceManager Visible = TestNames.ResourceManager;
    /// <summary>By name, not through its generated class: a released suite has neither the file nor the class.</summary>
    static readonly ResourceManager? Hidden = Open("Attention.Tests.Exercises.Hidden.HiddenTestNames");

    public static string Key(Type testClass, string method) => $"{testClass.Name}.{method}";

    /// <summary>The name of <paramref name="key"/> in <paramref name="culture"/>, or null when it has none.</summary>
    public static string? Of(string key, CultureInfo culture) =>
        Visible.GetString(key, culture) ?? Hidden?.GetString(key, culture);

    /// <summary>A released repository has no hidden tests, nor their names.</summary>
    static ResourceManager? Open(string name) =>
        typeof(DisplayNames).Assembly.GetManifestResourceNames().Contains(name + ".resources")
            ? new ResourceManager(name, typeof(DisplayNames).Assembly)
            : null;
}
