using System.CommandLine;
using Attention.Grader.Localization;
using Attention.Grader.Release;

namespace Attention.Grader.Commands;

/// <summary>`release OUT` writes the student repository; `release --gradescope OUT.zip`, Gradescope's autograder. Thin: the work is in Release/.</summary>
public static class ReleaseCommand
{
    public static Command Create()
    {
        var output = new Argument<string>("OUT") { Description = Strings.Text("ReleaseOutDescription") };
        var gradescope = new Option<bool>("--gradescope") { Description = Strings.Text("ReleaseGradescopeDescription") };
        var language = CommandLine.LanguageOption();
        var command = new Command("release", Strings.Text("ReleaseDescription")) { output, gradescope, language };
        command.SetAction(parsed => Run(parsed.GetValue(output)!, parsed.GetValue(gradescope), parsed.GetValue(language)!));
        return command;
    }

    static int Run(string output, bool gradescope, string language)
    {
        Strings.Language = language;
        return CommandOutcome.Run(() =>
        {
            var kit = Kit.Open();
            Console.WriteLine(Strings.Text("ReleaseChecking"));
            var written = gradescope
                ? GradescopeAutograder.Write(kit, output, language)
                : StudentRepository.Release(kit, output, language);
            Console.WriteLine(Strings.Text("ReleaseWritten", written));
            return 0;
        });
    }
}
