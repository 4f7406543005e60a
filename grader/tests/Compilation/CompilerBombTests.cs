using System.Diagnostics;
using Attention.Grader.Compilation;
using Attention.Grader.Submission;
using Attention.Grader.Tests.Support;
using static Attention.Grader.Tests.AllowList.Snippet;

namespace Attention.Grader.Tests.Compilation;

/// <summary>
/// Source written to bring down the grader's own process, which compiles every submission: nesting
/// that overflows a stack (uncatchable: the grader and the whole batch would die), errors by the
/// hundred thousand, messages of 512 KB or full of control characters. Each costs its own file and
/// nothing else, quickly; the classmate file (SelfAttention.cs) still compiles.
/// </summary>
public sealed class CompilerBombTests
{
    /// <summary>Far below the 60 s compile limit: the bombs are stopped before the expensive phases.</summary>
    static readonly TimeSpan Quick = TimeSpan.FromSeconds(30);

    static CompiledSubmission Compile(string attentionFile)
    {
        var kit = KitPaths.Kit();
        return new StudentCompiler(kit.Assignment, kit.SuiteAssembly, "fr").Compile(
        [
            new StudentFile(AttentionFile, attentionFile, "submission"),
            new StudentFile(ModuleFile, Solution("SelfAttention.cs"), "submission"),
        ]);
    }

    static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    /// <summary>Each kind of nesting, 50,000 deep (before the nesting limit, the first six overflowed the stack or ran past the limit).</summary>
    public static TheoryData<string, string> Nestings() => new()
    {
        { "parentheses", $"var x = {Repeat("(", 50_000)}1{Repeat(")", 50_000)};" },
        { "generic arguments", $"var t = typeof({Repeat("List<", 50_000)}int{Repeat(">", 50_000)});" },
        { "a chain of +", $"var x = 1{Repeat("+1", 100_000)};" },
        { "a chain of ?:", $"var c = true; var x = {Repeat("c ? 1 : ", 50_000)}0;" },
        { "a chain of ??=", $"object? o = null; var x = {Repeat("o ??= ", 50_000)}1;" },
        { "nested lambdas", $"Func<object> f = {Repeat("() => ", 50_000)}1;" },
        { "nested blocks", $"{Repeat("{", 50_000)}{Repeat("}", 50_000)}" },
        { "nested if", $"var i = 0;\n{Repeat("if(i==0)\n", 50_000)}i = 1;" },
        { "else if", $"var i = 0;\nif (i == 0) i = 1;{Repeat("\nelse if(i==1)i=2;", 25_000)}" },
        { "nested interpolations", $"var s = {Repeat("$\"{", 12_000)}1{Repeat("}\"", 12_000)};" },
        { "nested initialisers", $"var l = new List<object> {Repeat("{ new List<object> ", 15_000)}{{ 1 }}{Repeat(" }", 15_000)};" },
        { "nested switch expressions", $"var i = 0; var x = {Repeat("i switch { 0 => ", 12_000)}1{Repeat(", _ => 2 }", 12_000)};" },
    };

    [Theory]
    [MemberData(nameof(Nestings))]
    public void Code_nested_too_deep_is_a_compile_error_of_its_file_and_nothing_else(string kind, string body)
    {
        var code = InScale(body);
        System.Text.Encoding.UTF8.GetByteCount(code).Should().BeLessThan((int)SubmissionReader.MaxFileBytes, $"{kind} fits in a file the grader reads");

        var clock = Stopwatch.StartNew();
        var compiled = Compile(code);

        clock.Elapsed.Should().BeLessThan(Quick, kind);
        compiled.ErrorsByFile.Keys.Should().BeEquivalentTo([AttentionFile], $"{kind} costs only its own file");
        var error = compiled.ErrorsByFile[AttentionFile].Should().ContainSingle().Subject;
        error.Code.Should().Be(NestingLimit.Code, kind);
        error.Message.Should().Contain("imbrique", kind);
        error.Line.Should().BeInRange(8, code.Count(c => c == '\n') + 1, $"{kind} is pointed at in Scale");
    }

    [Fact]
    public void Nesting_as_deep_as_real_code_goes_compiles()
    {
        var compiled = Compile(InScale($"var x = {Repeat("(", 200)}1{Repeat(")", 200)}; Func<object> f = {Repeat("() => ", 100)}1;"));

        compiled.ErrorsByFile.Should().BeEmpty();
    }

    [Fact]
    public void A_string_constant_doubled_line_after_line_is_a_compile_error_of_its_file()
    {
        // 16 characters doubled 25 times: 512 million, built by the compiler only when it emits (2.3 GB and an internal error).
        var doubled = string.Concat(Enumerable.Range(1, 25).Select(i => $"const string C{i} = C{i - 1} + C{i - 1};\n"));
        var code = InScale("var s = C25;", members: $"const string C0 = \"xxxxxxxxxxxxxxxx\";\n{doubled}");

        var clock = Stopwatch.StartNew();
        var compiled = Compile(code);

        clock.Elapsed.Should().BeLessThan(Quick);
        compiled.ErrorsByFile.Keys.Should().BeEquivalentTo([AttentionFile]);
        compiled.ErrorsByFile[AttentionFile].Should().ContainSingle().Which.Code.Should().Be(ConstantText.Code);
    }

    [Fact]
    public void Constants_as_real_code_has_them_compile()
    {
        var compiled = Compile(InScale("var s = Name + Name + Twice;", members: "const string Name = \"attention\"; const string Twice = Name + Name; const double Eps = 1e-9;"));

        compiled.ErrorsByFile.Should().BeEmpty();
    }

    [Fact]
    public void A_flood_of_errors_keeps_a_few_of_them()
    {
        var code = InScale(string.Join("\n", Enumerable.Range(0, 40_000).Select(i => $"u{i}();")));

        var clock = Stopwatch.StartNew();
        var compiled = Compile(code);

        clock.Elapsed.Should().BeLessThan(Quick);
        compiled.ErrorsByFile.Keys.Should().BeEquivalentTo([AttentionFile]);
        compiled.ErrorsByFile[AttentionFile].Count.Should().BeInRange(1, 20);
    }

    [Fact]
    public void A_compiler_message_is_bounded_and_carries_no_control_character()
    {
        // An identifier of 400,000 letters, then an #error line with an ANSI escape and a line separator.
        var code = InScale($"var x = {new string('z', 400_000)};\n#error \u001b[2J\u001b[1;32mNote : 20 / 20\u2028forged\n");

        var compiled = Compile(code);

        var errors = compiled.ErrorsByFile[AttentionFile];
        errors.Should().NotBeEmpty();
        errors.Should().AllSatisfy(e => e.Message.Length.Should().BeLessThanOrEqualTo(501));
        errors.Should().AllSatisfy(e => e.Message.Should().NotContainAny("\u001b", "\u2028", "\n", "\r"));
        errors.Should().Contain(e => e.Message.Contains("\uFFFD[2J"), "the #error line is kept, its escape made visible");
    }
}
