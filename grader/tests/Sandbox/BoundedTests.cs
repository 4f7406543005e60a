using System.Text;
using Attention.Grader.Child;
using Attention.Grader.Execution;

namespace Attention.Grader.Tests.Sandbox;

/// <summary>What the child sends is bounded on both sides: cut by the child, refused by the grader.</summary>
public sealed class BoundedTests
{
    [Fact]
    public void A_long_line_is_skipped_to_its_end_and_counted()
    {
        var text = "short\n" + new string('x', 100_000) + "\nafter\n";
        var lines = new List<string>();
        var tooLong = 0;
        BoundedLines.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), 1024, lines.Add, () => tooLong++);
        lines.Should().Equal("short", "after");
        tooLong.Should().Be(1);
    }

    [Fact]
    public void A_flood_of_text_is_cut_to_a_few_kilobytes_and_a_short_first_line_kept_whole()
    {
        var headline = "La première ligne dit l'essentiel.";
        var cut = Bounded.Text(headline + "\n" + new string('v', 10_000_000), Bounded.MessageChars)!;
        cut.Length.Should().BeLessThanOrEqualTo(Bounded.MessageChars);
        cut.Should().StartWith(headline + "\n").And.EndWith("[…]");
        Bounded.Text(new string('w', 50_000), Bounded.MessageChars)!.Length.Should().BeLessThanOrEqualTo(Bounded.MessageChars);
        Bounded.Text("court", Bounded.MessageChars).Should().Be("court");
    }
}
