namespace Attention.Lab.Tests;

public sealed class FailureTests
{
    [Fact]
    public void An_unfinished_exercise_names_the_exercise_without_a_stack_trace()
    {
        var run = LabRun.Of(Implementations.Unfinished, "scaling", "--lang", "fr");

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain(StubMessages.Scores);
        run.All.Should().NotContain("   at ").And.NotContain("NotImplementedException");
    }

    [Fact]
    public void The_first_exercise_still_to_do_is_the_one_named()
    {
        var run = LabRun.Of(Implementations.SoftmaxUnfinished, "scaling", "--lang", "fr");

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain(StubMessages.Softmax).And.NotContain(StubMessages.Scores);
        run.Output.Should().Contain("Q et K aléatoires (graine 42)");
    }

    [Fact]
    public void An_error_in_the_code_is_one_line_and_where_it_happened()
    {
        var run = LabRun.Of(Implementations.SoftmaxBroken, "scaling", "--lang", "fr");

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain("Votre code a levé une erreur pendant la section « scaling »")
            .And.Contain("Implementations.cs");
        run.All.Should().NotContain("   at ").And.NotContain("frame #");
    }

    [Fact]
    public void All_runs_every_section_and_reports_those_unfinished()
    {
        var run = LabRun.Of(Implementations.Unfinished, "all", "--lang", "fr", "--out", Temporary.Directory());

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain(StubMessages.Scores).And.Contain(StubMessages.Compute).And.Contain(StubMessages.CausalMask);
        run.Output.Should().Contain("4 section(s) sur 5 n'ont pas abouti : exercises, scaling, sentence, mask.");
    }
}
