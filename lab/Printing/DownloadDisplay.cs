using Attention.Lab.RealModel;
using Spectre.Console;

namespace Attention.Lab.Printing;

/// <summary>
/// A download as the student sees it: Spectre.Console's progress bar (size, speed, time left) on
/// a terminal; a line before and a line after anywhere else, so logs and tests stay readable.
/// </summary>
internal sealed class DownloadDisplay(IAnsiConsole console, TextWriter output, bool terminal) : IDownloadDisplay
{
    public void Show(string what, Action<IProgress<DownloadProgress>> download)
    {
        if (!terminal)
        {
            output.WriteLine(Formatting.Format(Strings.DownloadStarted, what));
            download(new Progress(_ => { }));
            output.WriteLine(Formatting.Format(Strings.DownloadFinished, what));
            return;
        }
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                // One bar per file, started by its first report.
                var tasks = new Dictionary<string, ProgressTask>();
                download(new Progress(progress =>
                {
                    if (!tasks.TryGetValue(progress.File, out var task))
                        tasks[progress.File] = task = context.AddTask(Markup.Escape(progress.File), maxValue: 1);
                    if (progress.TotalBytes is { } total) task.MaxValue = Math.Max(total, 1);
                    else task.IsIndeterminate = true;
                    task.Value = progress.BytesDone;
                }));
                foreach (var task in tasks.Values) task.Value = task.MaxValue;
            });
    }

    /// <summary>Reports on the downloading thread, not through a SynchronizationContext as System.Progress does.</summary>
    sealed class Progress(Action<DownloadProgress> report) : IProgress<DownloadProgress>
    {
        public void Report(DownloadProgress value) => report(value);
    }
}
