using System.Text.RegularExpressions;

namespace Attention.Tests.Kit;

/// <summary>
/// Kit only: every message the suite can say exists in French (Messages.resx) and in English
/// (Messages.en.resx). The code names them with nameof(Messages.…), so a French key it uses always
/// exists; these check the English file, and the error kinds, whose explanation is chosen by a switch.
/// </summary>
public sealed partial class MessageTests
{
    [Fact]
    public void Every_message_has_a_French_and_an_English_text_with_the_same_placeholders()
    {
        var french = ResourceTexts.Of(Messages.ResourceManager, ResourceTexts.French);
        var english = ResourceTexts.Of(Messages.ResourceManager, ResourceTexts.English);

        french.Should().HaveCountGreaterThan(30, "Messages.resx is found");
        french.Keys.Where(key => !english.TryGetValue(key, out var text) || string.IsNullOrWhiteSpace(text))
            .Should().BeEmpty("each message needs its English text in Messages.en.resx");
        english.Keys.Except(french.Keys).Should().BeEmpty("Messages.en.resx has no message that Messages.resx lacks");
        french.Keys.Where(key => english.ContainsKey(key) && Placeholders(french[key]) != Placeholders(english[key]))
            .Should().BeEmpty("both languages format the same values");
    }

    [Fact]
    public void Every_kind_of_error_has_its_explanation()
    {
        foreach (var kind in Enum.GetValues<ErrorKind>())
            new StudentError(kind, "SomeException", "the first line", []).Explanation()
                .Should().Contain("the first line", kind.ToString());
    }

    static string Placeholders(string text) =>
        string.Join(",", Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal));

    [GeneratedRegex(@"\{(\d+)")]
    private static partial Regex Placeholder();
}
