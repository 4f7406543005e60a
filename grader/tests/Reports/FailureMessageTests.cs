using Attention.Grader.Assignment;
using Attention.Grader.Child;
using Attention.Grader.Compilation;
using Attention.Grader.Execution;
using Attention.Grader.Grading;
using Attention.Grader.Reports;
using Attention.Grader.Results;
using Attention.Grader.Tests.Support;
using Spectre.Console;
using TestResult = Attention.Grader.Results.TestResult;

namespace Attention.Grader.Tests.Reports;

/// <summary>What a student reads first of a failed exercise: its headline, whole; the values after, shortened.</summary>
public sealed class FailureMessageTests
{
    const string NativeTrace = """
        t() expects a tensor with <= 2 dimensions, but self is 3D
        Exception raised from check_t at /pytorch/aten/src/ATen/native/TensorShape.cpp:3863 (most recent call first):
        frame #0: c10::Error::Error(c10::SourceLocation, std::__cxx11::basic_string<char>) + 0xb0 (0x7fcc949881a0 in libc10.so)
        frame #1: c10::detail::torchCheckFail(char const*, char const*, unsigned int) + 0xfa (0x7fcc949157e4 in libc10.so)
        frame #12: <unknown function> + 0x63dfd18 (0x7fcc641dfd18 in libtorch_cpu.so)
        """;

    static readonly string Headline = "Divisez par √d_k (Math.Sqrt(dK)), et non par d_k ni par la longueur de la séquence. " + new string('x', 200) + " fin de la phrase.";
    static readonly string Values = "Valeurs attendues [" + string.Join(", ", Enumerable.Range(0, 40).Select(i => $"0.{i:0000}")) + "]";

    [Fact]
    public void The_suites_feedback_exception_is_an_assertion_failure()
    {
        var (status, message) = Failures.Describe("fr", ["Attention.Tests.Support.FeedbackException"], ["Votre sortie est celle de l'attention sans division par √d_k.\nValeurs…"]);

        status.Should().Be(TestStatus.Failed);
        message.Should().StartWith("Votre sortie est celle");
    }

    [Fact]
    public void Native_frames_never_reach_the_student()
    {
        foreach (var type in new[] { "System.Runtime.InteropServices.ExternalException", "Xunit.Sdk.XunitException", "System.InvalidOperationException" })
        {
            var (_, message) = Failures.Describe("fr", [type], [NativeTrace]);
            message.Should().NotContain("frame #").And.NotContain("Exception raised from").And.NotContain("libc10");
        }
    }

    [Theory]
    [InlineData("t() expects a tensor with <= 2 dimensions, but self is 3D", "transpose(-2, -1)")]
    [InlineData("mat1 and mat2 shapes cannot be multiplied (3x4 and 3x4)", "formes incompatibles")]
    [InlineData("Expected size for first two dimensions of batch2 tensor to be: [2, 32] but got: [2, 5].", "produit de batches")]
    [InlineData("The size of tensor a (5) must match the size of tensor b (4) at non-singleton dimension 1", "élément par élément")]
    [InlineData("Dimension out of range (expected to be in range of [-2, 1], but got 2)", "comptez depuis la fin")]
    [InlineData("masked_fill_ only supports boolean masks, but got mask with dtype float", "masque booléen")]
    public void A_libtorch_error_students_hit_is_explained_in_french_first_the_original_after(string error, string explanation)
    {
        var (status, message) = Failures.Describe("fr", ["System.Runtime.InteropServices.ExternalException"], [error + "\nException raised from x at y.cpp:1 (most recent call first):\nframe #0: z"]);

        status.Should().Be(TestStatus.Error);
        var lines = message.Split('\n');
        lines[0].Should().Contain(explanation);
        lines[1].Should().Be("ExternalException: " + error);
        lines.Should().HaveCount(2);
    }

    [Fact]
    public void The_explanation_speaks_english_when_asked()
    {
        var (_, message) = Failures.Describe("en", ["System.Runtime.InteropServices.ExternalException"], ["t() expects a tensor with <= 2 dimensions, but self is 3D"]);

        message.Should().StartWith("k.t() (like the notebook's K.T) only transposes 2-D matrices");
    }

    [Fact]
    public void An_unknown_error_keeps_its_type_and_first_line_as_headline()
    {
        var (status, message) = Failures.Describe("fr", ["System.DivideByZeroException"], ["Attempted to divide by zero."]);

        status.Should().Be(TestStatus.Error);
        message.Should().Be("DivideByZeroException: Attempted to divide by zero.");
    }

    [Fact]
    public void The_exercise_message_is_the_headline_most_failing_tests_share_then_their_values_shortened()
    {
        var run = Run("ex2",
            new TestResult("A_shape", TestStatus.Failed, "Forme attendue (3, 3), obtenue (3, 4)."),
            new TestResult("B_values", TestStatus.Failed, Headline + "\n" + Values + "\n" + Values + "\n" + Values + "\n" + Values),
            new TestResult("C_values", TestStatus.Failed, Headline + "\n" + Values),
            new TestResult("D_passes", TestStatus.Passed, ""));

        var exercise = Build(run);

        var lines = exercise.Message.Split('\n');
        lines[0].Should().Be(Headline, "the headline is kept whole, however long");
        lines[1].Should().Be("(2 tests sur 4 échouent pour cette raison.)");
        lines.Skip(2).Should().HaveCount(FailureText.ValueLines).And.OnlyContain(line => line.Length <= FailureText.ValueWidth + 2);
        lines[^1].Should().EndWith("…");
        exercise.Tests.Single(t => t.Name == "C_values").Message.Should().Be(Headline + "\n" + Values, "a test keeps its whole message when it is short enough");
    }

    [Fact]
    public void A_test_keeps_its_message_in_grade_json_up_to_a_bound()
    {
        var run = Run("ex2", new TestResult("A", TestStatus.Failed, Headline + "\n" + new string('1', 10_000)));

        var message = Build(run).Tests.Single().Message;

        message.Length.Should().Be(FailureText.TestMessageLength);
        message.Should().StartWith(Headline).And.EndWith("…");
    }

    [Fact]
    public void One_failing_test_gives_its_headline_without_a_count()
    {
        var run = Run("ex2", new TestResult("A", TestStatus.Failed, "L'indice.\nValeurs"), new TestResult("B", TestStatus.Passed, ""));

        Build(run).Message.Should().Be("L'indice.\nValeurs");
    }

    [Fact]
    public void The_console_table_wraps_the_headline_whole_and_shortens_the_values()
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 100;
        var exercise = new ExerciseResult
        {
            Id = "ex2", Title = "Exercice 2", Points = 0, MaxPoints = 2, Status = ExerciseStatus.Failed,
            Message = Headline + "\n" + Values, Tests = [],
        };

        ConsoleReport.Write(new GradeReport { Score = 0, MaxScore = 2, Exercises = [exercise], Language = "fr" }, console);

        var text = string.Join(" ", output.ToString().Split('\n').Select(line => line.Trim('│', ' ', '╭', '╮', '╰', '╯', '─', '┬', '┴', '├', '┤', '┼')));
        Squeeze(text).Should().Contain(Squeeze(Headline), "the whole headline is shown, wrapped");
        text.Should().Contain("fin de la phrase.");
        Squeeze(text).Should().NotContain(Squeeze(Values), "the values are shortened");
    }

    [Fact]
    public void Markdown_shows_the_headline_whole_and_the_values_shortened()
    {
        var exercise = new ExerciseResult
        {
            Id = "ex2", Title = "Exercice 2", Points = 0, MaxPoints = 2, Status = ExerciseStatus.Failed,
            Message = Headline + "\n" + Values, Tests = [new TestResult("B", TestStatus.Failed, Headline + "\n" + Values)],
        };

        var markdown = new GradeReport { Score = 0, MaxScore = 2, Exercises = [exercise], Language = "fr" }.ToMarkdown();

        markdown.Should().Contain($"| {Headline}<br>Valeurs attendues [0.0000");
        markdown.Should().NotContain(Values);
    }

    static ExerciseResult Build(ExerciseRun run)
    {
        var assignment = AssignmentLoader.Load(KitPaths.Root);
        var runs = assignment.Exercises.ToDictionary(e => e.Id, e => e.Id == run.Id ? run : Run(e.Id));
        var report = ReportBuilder.Build(assignment, "fr", new CompiledSubmission([], new Dictionary<string, IReadOnlyList<CompileDiagnostic>>()), runs);
        return report.Exercises.Single(e => e.Id == run.Id);
    }

    static ExerciseRun Run(string id, params TestResult[] tests) =>
        new(id, [.. tests.Select(t => t.Name)], tests, null, new CapturedOutput("", 0));

    static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
