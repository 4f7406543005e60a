using System.Globalization;
using Attention.Grader.Results;

namespace Attention.Grader.Localization;

/// <summary>
/// What the grader says to people, in the language it is given: the templates of Strings.resx
/// (French) and Strings.en.resx (English), named through the class generated from them
/// (nameof(Strings.Key): a key that does not exist does not compile).
/// </summary>
public static class Texts
{
    public static string Of(string language, string key, params object?[] args)
    {
        var template = Strings.ResourceManager.GetString(key, CultureInfo.GetCultureInfo(language))
            ?? throw new ArgumentException($"no text {key}", nameof(key));
        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
    }

    /// <summary>An exercise status as the reports name it.</summary>
    public static string Status(string language, ExerciseStatus status) => Of(language, status switch
    {
        ExerciseStatus.Passed => nameof(Strings.StatusPassed),
        ExerciseStatus.Failed => nameof(Strings.StatusFailed),
        ExerciseStatus.CompileError => nameof(Strings.StatusCompileError),
        ExerciseStatus.Timeout => nameof(Strings.StatusTimeout),
        ExerciseStatus.Crashed => nameof(Strings.StatusCrashed),
        ExerciseStatus.Forbidden => nameof(Strings.StatusForbidden),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    });

    /// <summary>Why the tests of an exercise that was not run have no outcome: it did not compile, or it used a forbidden API.</summary>
    public static string NotRunBecause(string language, ExerciseStatus status) => Of(language, status switch
    {
        ExerciseStatus.CompileError => nameof(Strings.NotRunBecauseCompileError),
        ExerciseStatus.Forbidden => nameof(Strings.NotRunBecauseForbidden),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    });
}
