using Attention.Lab.Printing;
using Attention.Lab.Sections;

namespace Attention.Lab.Cli;

/// <summary>
/// Runs sections one after the other. A section that fails is reported in one or two lines (never a
/// stack trace) and the next one still runs: unfinished exercises do not hide the finished ones.
/// </summary>
internal sealed class SectionRunner(AttentionImplementation implementation, TextWriter output, TextWriter error)
{
    public int Run(IReadOnlyList<Section> sections, string figureDirectory)
    {
        var session = new LabSession(implementation, output, LabConsole.Create(output), figureDirectory);
        var failed = new List<string>();
        foreach (var section in sections)
        {
            session.Header(section.Title());
            try
            {
                section.Run(session);
            }
            catch (Exception exception)
            {
                output.Flush();
                foreach (var line in FailureReport.Describe(section.Name, exception, implementation))
                    error.WriteLine(line);
                error.Flush();
                failed.Add(section.Name);
            }
            session.Line();
        }
        if (sections.Count > 1) Summarize(session, sections.Count, failed);
        return failed.Count == 0 ? ExitCodes.Success : ExitCodes.SectionFailed;
    }

    static void Summarize(LabSession session, int count, List<string> failed)
    {
        if (session.SavedFigures.Count > 0)
            session.Line(Strings.FiguresWritten, session.FigureDirectory, string.Join(", ", session.SavedFigures));
        session.Line(failed.Count == 0
            ? Formatting.Format(Strings.SummaryOk, count)
            : Formatting.Format(Strings.SummaryFailed, failed.Count, count, string.Join(", ", failed)));
    }
}
