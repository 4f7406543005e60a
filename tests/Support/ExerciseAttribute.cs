using Xunit.v3;

namespace Attention.Tests.Support;

/// <summary>Tags a test class with the exercise it grades (ex1…ex6, mask), as the trait `exercise`.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ExerciseAttribute(string id) : Attribute, ITraitAttribute
{
    public const string TraitName = "exercise";

    public string Id { get; } = id;

    public IReadOnlyCollection<KeyValuePair<string, string>> GetTraits() => [new(TraitName, Id)];
}
