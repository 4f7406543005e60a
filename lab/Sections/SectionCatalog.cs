namespace Attention.Lab.Sections;

/// <summary>The sections, in the handout's order: `all` runs them in this order.</summary>
internal static class SectionCatalog
{
    public static readonly IReadOnlyList<Section> All =
    [
        new("simulated", () => Strings.SimulatedTitle, () => Strings.SimulatedDescription, SimulatedSection.Run),
        new("exercises", () => Strings.ExercisesTitle, () => Strings.ExercisesDescription, ExercisesSection.Run),
        new("scaling", () => Strings.ScalingTitle, () => Strings.ScalingDescription, ScalingSection.Run),
        new("sentence", () => Strings.SentenceTitle, () => Strings.SentenceDescription, SentenceSection.Run),
        new("mask", () => Strings.MaskTitle, () => Strings.MaskDescription, MaskSection.Run),
    ];
}
