using System.Globalization;
using System.Resources;
using Attention.Grader.Results;

namespace Attention.Grader.Localization;

/// <summary>What the grader says to people, from Strings.resx (French) and Strings.en.resx (English), in the language it is given.</summary>
public static class Strings
{
    static readonly ResourceManager Resources = new("Attention.Grader.Localization.Strings", typeof(Strings).Assembly);

    public static string Text(string language, string key, params object?[] args)
    {
        var template = Resources.GetString(key, CultureInfo.GetCultureInfo(language)) ?? key;
        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
    }

    /// <summary>An exercise status as the reports name it.</summary>
    public static string Status(string language, ExerciseStatus status) => Text(language, "Status." + Key(status));

    /// <summary>Why the tests of an exercise that did not run have no outcome.</summary>
    public static string NotRunBecause(string language, ExerciseStatus status) => Text(language, "NotRunBecause." + Key(status));

    static string Key(ExerciseStatus status) => status switch
    {
        ExerciseStatus.Passed => "passed",
        ExerciseStatus.Failed => "failed",
        ExerciseStatus.CompileError => "compile_error",
        ExerciseStatus.Timeout => "timeout",
        ExerciseStatus.Crashed => "crashed",
        ExerciseStatus.Forbidden => "forbidden",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
