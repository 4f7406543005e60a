using Attention.Grader.Protocol;
using Attention.Grader.Results;

namespace Attention.Grader.Tests.Grading;

public sealed class ResultChannelTests
{
    static readonly byte[] Key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void A_signed_line_is_read_back()
    {
        var message = new ChildMessage(ChildMessageKind.Result, "ex1", "A_test", TestStatus.Passed);
        ResultChannel.Verify(ResultChannel.Sign(message, Key), Key).Should().Be(message);
    }

    [Theory]
    [InlineData("00 {\"kind\":\"result\",\"exercise\":\"ex2\",\"status\":\"passed\"}")]
    [InlineData("{\"kind\":\"done\"}")]
    [InlineData("not hex {\"kind\":\"done\"}")]
    [InlineData("")]
    public void A_forged_line_is_rejected(string line)
    {
        ResultChannel.Verify(line, Key).Should().BeNull();
    }

    [Fact]
    public void A_line_signed_with_another_key_is_rejected()
    {
        var line = ResultChannel.Sign(new ChildMessage(ChildMessageKind.Done), new byte[32]);
        ResultChannel.Verify(line, Key).Should().BeNull();
    }

    [Fact]
    public void A_signed_line_whose_body_was_changed_is_rejected()
    {
        var line = ResultChannel.Sign(new ChildMessage(ChildMessageKind.Result, "ex1", "t", TestStatus.Failed), Key);
        ResultChannel.Verify(line.Replace("failed", "passed"), Key).Should().BeNull();
    }
}
