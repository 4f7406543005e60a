using Attention.Grader.Localization;
using Spectre.Console;

namespace Attention.Grader.Commands;

/// <summary>
/// `grade --watch`: grades, then grades again each time a C# file of the submission is saved, until
/// Ctrl+C. The grader stays loaded (no MSBuild, Roslyn warm): a regrade costs the compile in memory
/// and the child's run, not a build. A submission that cannot be graded is said, and watched still.
/// </summary>
public static class WatchMode
{
    /// <summary>Editors save in bursts (temporary file, rename, touch): one grading per burst.</summary>
    static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(250);

    static readonly string[] IgnoredFolders = ["bin", "obj", ".git"];

    public static int Run(string submission, string language, Action grade, IAnsiConsole console)
    {
        using var changes = new SemaphoreSlim(0);
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        using var watcher = new FileSystemWatcher(Path.GetFullPath(submission), "*.cs")
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size,
        };
        void Changed(object _, FileSystemEventArgs e)
        {
            if (!Path.GetRelativePath(submission, e.FullPath).Split(Path.DirectorySeparatorChar).Any(IgnoredFolders.Contains)) changes.Release();
        }
        watcher.Changed += Changed;
        watcher.Created += Changed;
        watcher.Renamed += Changed;
        watcher.Deleted += Changed;
        watcher.EnableRaisingEvents = true;

        try
        {
            while (true)
            {
                try
                {
                    grade();
                }
                catch (GraderException e)
                {
                    console.MarkupLine($"[red]{Markup.Escape(e.Describe(language))}[/]");
                }
                console.MarkupLine($"[grey]{Markup.Escape(Texts.Of(language, nameof(Strings.Watching), submission))}[/]");
                changes.Wait(stop.Token);
                while (changes.Wait(Settle, stop.Token)) { }
            }
        }
        catch (OperationCanceledException)
        {
            return 0;
        }
    }
}
