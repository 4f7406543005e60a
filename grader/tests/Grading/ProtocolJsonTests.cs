using Attention.Grader.Protocol;
using Attention.Grader.Results;

namespace Attention.Grader.Tests.Grading;

/// <summary>The protocol's JSON, written and read by hand with System.Text.Json's writer and document: every field goes and comes back.</summary>
public sealed class ProtocolJsonTests
{
    [Fact]
    public void A_job_is_read_back_field_for_field()
    {
        var job = new ChildJob("/suite/Attention.Tests.dll", "/work/Attention.dll", "Attention", "/channel/channel.sock", "4F2A", "fr",
            ListAll: true, Exercises: [new("ex1"), new("ex2"), new("mask")], ToRun: [new("ex2")]);

        var read = ProtocolJson.ReadJob(ProtocolJson.Write(job));

        read.Should().BeEquivalentTo(job, options => options.WithStrictOrdering());
        read.ListAll.Should().BeTrue();
        ProtocolJson.ReadJob(ProtocolJson.Write(job with { ListAll = false, ToRun = [] })).Should()
            .BeEquivalentTo(job with { ListAll = false, ToRun = [] });
    }

    public static TheoryData<ChildMessage> Messages => new()
    {
        new ChildMessage(ChildMessageKind.Listed, "ex1", "Two_queries(n: 2)"),
        new ChildMessage(ChildMessageKind.Started, "ex6"),
        new ChildMessage(ChildMessageKind.Result, "ex3", "A_test", TestStatus.Passed, null, 12.5),
        new ChildMessage(ChildMessageKind.Result, "ex3", "A_test", TestStatus.Failed, "attendu 0,5 — « trouvé » 0.7\n\"ligne 2\"", 0),
        new ChildMessage(ChildMessageKind.Result, "mask", "A_test", TestStatus.Error, "NotImplementedException", 1e-3),
        new ChildMessage(ChildMessageKind.Finished, "mask"),
        new ChildMessage(ChildMessageKind.Done),
        new ChildMessage(ChildMessageKind.Fatal, Message: "la suite n'a pas démarré"),
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void A_message_is_read_back_field_for_field(ChildMessage message)
    {
        ProtocolJson.ReadMessage(ProtocolJson.Write(message)).Should().Be(message);
    }

    [Fact]
    public void Enum_values_travel_as_their_lower_case_names()
    {
        ProtocolJson.Write(new ChildMessage(ChildMessageKind.Result, "ex1", "t", TestStatus.Failed)).Should()
            .Be("""{"kind":"result","exercise":"ex1","test":"t","status":"failed"}""");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"exercise":"ex1"}""")]
    [InlineData("""{"kind":"passed"}""")]
    [InlineData("""{"kind":"Result"}""")]
    [InlineData("""{"kind":3}""")]
    [InlineData("""{"kind":"result","status":"won"}""")]
    [InlineData("""{"kind":"result","status":0}""")]
    [InlineData("""{"kind":"result","test":42}""")]
    [InlineData("""{"kind":"result","milliseconds":"fast"}""")]
    public void A_line_that_is_not_a_message_reads_as_none(string json)
    {
        ProtocolJson.ReadMessage(json).Should().BeNull();
    }
}
