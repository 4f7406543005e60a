using System.CommandLine;
using Attention.Grader.Assignment;
using Attention.Grader.Localization;
using Attention.Grader.Release;

namespace Attention.Grader.Commands;

/// <summary>`release OUT` writes the student repository; `release --gradescope OUT.zip`, Gradescope's autograder. Thin: the work is in Release/.</summary>
public static class ReleaseCommand
{
    public static Command Create(string language)
    {
        var output = new Argument<string>("OUT") { Description = Texts.Of(language, nameof(Strings.ReleaseOutDescription)) };
        var gradescope = new Option<bool>("--gradescope") { Description = Texts.Of(language, nameof(Strings.ReleaseGradescopeDescription)) };
        var languageOption = CommandLine.LanguageOption(language);
        var command = new Command("release", Texts.Of(language, nameof(Strings.ReleaseDescription))) { output, gradescope, languageOption };
        command.SetAction(parsed => Run(parsed.GetValue(output)!, parsed.GetValue(gradescope), parsed.GetValue(languageOption)!));
        return command;
    }

    static int Run(string output, bool gradescope, string language)
    {
        return CommandOutcome.Run(language, () =>
        {
            var kit = Kit.Open();
            Console.WriteLine(Texts.Of(language, nameof(Strings.ReleaseChecking)));
            var written = gradescope
                ? GradescopeAutograder.Write(kit, output, language)
                : StudentRepository.Release(kit, output, language);
            Console.WriteLine(Texts.Of(language, nameof(Strings.ReleaseWritten), written));
            return 0;
        });
    }
}
