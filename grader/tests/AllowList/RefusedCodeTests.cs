using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Attention.AllowList;
using Attention.Grader.Compilation;
using Attention.Grader.Submission;
using Attention.Grader.Tests.Support;
using static Attention.Grader.Tests.AllowList.Snippet;

namespace Attention.Grader.Tests.AllowList;

/// <summary>
/// The grader's side: which exercises a refused use costs, and that the refused code is not in the
/// assembly the suite runs (it would run anyway when another exercise calls it).
/// </summary>
public sealed class RefusedCodeTests
{
    static CompiledSubmission Compile(string attentionFile, string? moduleFile = null, bool enabled = true)
    {
        var kit = KitPaths.Kit();
        var assignment = kit.Assignment with { AllowList = kit.Assignment.AllowList with { Enabled = enabled } };
        return new StudentCompiler(assignment, kit.SuiteAssembly, "fr").Compile(
        [
            new StudentFile(AttentionFile, attentionFile, "submission"),
            new StudentFile(ModuleFile, moduleFile ?? Solution("SelfAttention.cs"), "submission"),
        ]);
    }

    /// <summary>The names of the members and types the assembly refers to, and the strings it holds.</summary>
    static IReadOnlyList<string> Mentions(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        var reader = pe.GetMetadataReader();
        var names = reader.MemberReferences.Select(h => reader.GetString(reader.GetMemberReference(h).Name))
            .Concat(reader.TypeReferences.Select(h => reader.GetString(reader.GetTypeReference(h).Name)))
            .ToList();
        // The #US heap: each string is its length (compressed), UTF-16 text and one flag byte.
        var heap = reader.GetHeapSize(HeapIndex.UserString);
        for (var offset = 1; offset < heap;)
        {
            var handle = MetadataTokens.UserStringHandle(offset);
            var text = reader.GetUserString(handle);
            if (text.Length == 0) break;
            names.Add(text);
            var size = text.Length * 2 + 1;
            offset += size + (size < 0x80 ? 1 : size < 0x4000 ? 2 : 4);
        }
        return names;
    }

    [Fact]
    public void A_refused_use_in_an_exercise_method_costs_that_exercise_and_its_body_is_cut()
    {
        var code = InScale("var secret = File.ReadAllText(\"/etc/hostname\"); /*!*/");

        var compiled = Compile(code);

        compiled.Refused.ByExercise.Keys.Should().BeEquivalentTo(["ex2"]);
        compiled.Refused.ByExercise["ex2"].Should().ContainSingle()
            .Which.Should().Be(new RefusedUse("System.IO.File.ReadAllText", RefusalKind.Refused, AttentionFile, MarkedLine(code)));
        Mentions(compiled.Assembly).Should().NotContain("ReadAllText").And.Contain(m => m.Contains("System.IO.File.ReadAllText"),
            "Scale now throws, saying why, when Compute calls it");
        Mentions(compiled.Assembly).Should().Contain("matmul", "the other exercises' code stays");
    }

    [Fact]
    public void A_refused_use_outside_the_exercise_methods_costs_every_exercise_of_its_file_which_is_cut_whole()
    {
        var code = InScale("", members: "static string Read() => File.ReadAllText(\"/etc/hostname\"); /*!*/");

        var compiled = Compile(code);

        compiled.Refused.ByExercise.Keys.Should().BeEquivalentTo(["ex1", "ex2", "ex3", "ex4", "ex5", "mask"]);
        compiled.Refused.ByExercise.Values.Should().OnlyContain(uses => uses.Single().Line == MarkedLine(code));
        Mentions(compiled.Assembly).Should().NotContain("ReadAllText").And.Contain(m => m.StartsWith("Exercice 1"), "the file is the stub now");
    }

    [Fact]
    public void A_module_initializer_in_one_file_costs_that_files_exercises_and_never_runs()
    {
        var module = Solution("SelfAttention.cs").Replace(
            "    public long EmbedDim { get; }",
            "    public long EmbedDim { get; }\n\n    [System.Runtime.CompilerServices.ModuleInitializer]\n    internal static void Hook() => Console.WriteLine(\"hooked\");");

        var compiled = Compile(Solution("ScaledDotProductAttention.cs"), module);

        compiled.Refused.ByExercise.Keys.Should().BeEquivalentTo(["ex6"]);
        Mentions(compiled.Assembly).Should().NotContain("ModuleInitializerAttribute").And.NotContain("hooked");
    }

    [Fact]
    public void Libtorchs_own_attention_costs_its_exercises_and_is_left_in_place()
    {
        var code = Solution("ScaledDotProductAttention.cs").Replace(
            "        var scaled = Scale(Scores(q, k), k.shape[^1]);",
            "        var shortcut = nn.functional.scaled_dot_product_attention(q, k, v);\n        var scaled = Scale(Scores(q, k), k.shape[^1]);");

        var compiled = Compile(code);

        compiled.Refused.ByExercise.Keys.Should().BeEquivalentTo(["ex5", "mask"]);
        compiled.Refused.ByExercise["ex5"].Single().Kind.Should().Be(RefusalKind.Shortcut);
        compiled.Refused.WholeFiles.Should().BeEmpty();
        compiled.Refused.Bodies.Should().BeEmpty();
        Mentions(compiled.Assembly).Should().Contain("scaled_dot_product_attention", "harmless code is not cut");
    }

    [Fact]
    public void Usings_alone_cost_nothing()
    {
        var code = "using System.Reflection;\nusing System.Runtime.InteropServices;\nusing System.Diagnostics;\n" + Solution("ScaledDotProductAttention.cs");

        Compile(code).Refused.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void A_refused_use_in_a_file_that_does_not_compile_is_a_compile_error_only()
    {
        var code = InScale("var secret = File.ReadAllText(\"x\") /* no semicolon */");

        var compiled = Compile(code);

        compiled.ErrorsByFile.Keys.Should().BeEquivalentTo([AttentionFile]);
        compiled.Refused.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void The_kit_setting_turns_the_check_off()
    {
        var code = InScale("var secret = File.ReadAllText(\"/etc/hostname\");");

        var compiled = Compile(code, enabled: false);

        compiled.Refused.IsEmpty.Should().BeTrue();
        Mentions(compiled.Assembly).Should().Contain("ReadAllText");
    }
}
