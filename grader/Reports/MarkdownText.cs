namespace Attention.Grader.Reports;

/// <summary>
/// Text from a submission made inert in Markdown (feedback.md, $GITHUB_STEP_SUMMARY), on one line:
/// HTML is shown, never rendered (no `&lt;/details&gt;` closing the report, no `&lt;img&gt;` fetching a
/// tracker), a link or an image cannot be opened (`](` loses its meaning), a `|` stays in its table
/// cell and a line break is the report's own `&lt;br&gt;`, so no forged row or table can start.
/// </summary>
public static class MarkdownText
{
    public static string Inline(string text) => text
        .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;")
        .Replace("](", "]\\(").Replace("|", "\\|")
        .Replace("\r", "").Replace("\n", "<br>");
}
