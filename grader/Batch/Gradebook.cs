using System.Globalization;
using System.Text;
using Attention.Grader.Results;

namespace Attention.Grader.Batch;

/// <summary>One student's line of grades.csv. Written is the instructor's mark for the written questions, when given.</summary>
public sealed record GradebookRow(string Submission, IReadOnlyList<double> Points, double Total, double? Written, string Reason);

/// <summary>
/// grades.csv: `submission,&lt;exercise ids…&gt;,total,written,reason`, one row per submission sorted by
/// name, numbers in the invariant culture, fields quoted as RFC 4180 says and text guarded against formulas (CsvField). The `written` column
/// belongs to the instructor: the batch reads it back and keeps it.
/// </summary>
public sealed record Gradebook(IReadOnlyList<string> ExerciseIds, IReadOnlyList<GradebookRow> Rows)
{
    public const string FileName = "grades.csv";

    /// <summary>The rows of this run; the instructor's written marks are kept and count in the total.</summary>
    public static Gradebook From(IReadOnlyList<string> exerciseIds, IEnumerable<SubmissionOutcome> outcomes, IReadOnlyDictionary<string, double> written) =>
        new(exerciseIds, outcomes.Select(o =>
        {
            var points = exerciseIds.Select(id => o.Report.Exercises.FirstOrDefault(e => e.Id == id)?.Points ?? 0).ToList();
            double? mark = written.TryGetValue(o.Name, out var w) ? w : null;
            return new GradebookRow(o.Name, points, Results.Scoring.Round(o.Report.Score + (mark ?? 0)), mark,
                o.Reason.ReplaceLineEndings(" "));
        }).ToList());

    public string ToCsv()
    {
        var text = new StringBuilder();
        text.Append(Line(["submission", .. ExerciseIds, "total", "written", "reason"], CsvField.Text));
        foreach (var row in Rows.OrderBy(r => r.Submission, StringComparer.Ordinal))
            text.Append(string.Join(",", [CsvField.Text(row.Submission), .. row.Points.Select(p => CsvField.Number(Scoring.Format(p))),
                CsvField.Number(Scoring.Format(row.Total)), CsvField.Number(row.Written is { } written ? Scoring.Format(written) : ""),
                CsvField.Text(row.Reason)]) + "\n");
        return text.ToString();
    }

    public static Gradebook Parse(string csv)
    {
        var lines = Records(csv.TrimStart('\uFEFF')).Where(r => r.Count > 1 || r[0].Length > 0).ToList();
        if (lines.Count == 0) return new Gradebook([], []);
        var header = lines[0];
        int total = header.IndexOf("total"), written = header.IndexOf("written"), reason = header.IndexOf("reason");
        var ids = header.Skip(1).Take(total < 0 ? 0 : total - 1).ToList();
        var rows = lines.Skip(1).Select(r => new GradebookRow(
            CsvField.ReadText(r[0]),
            ids.Select((_, i) => ParseNumber(At(r, i + 1)) ?? 0).ToList(),
            ParseNumber(At(r, total)) ?? 0,
            ParseNumber(At(r, written)),
            CsvField.ReadText(At(r, reason)))).ToList();
        return new Gradebook(ids, rows);
    }

    /// <summary>The instructor's written marks of an existing grades.csv, by submission; none when there is no file yet.</summary>
    public static IReadOnlyDictionary<string, double> WrittenMarks(string path) =>
        File.Exists(path)
            ? Parse(File.ReadAllText(path)).Rows.Where(r => r.Written is not null).ToDictionary(r => r.Submission, r => r.Written!.Value)
            : new Dictionary<string, double>();

    static string At(List<string> record, int index) => index >= 0 && index < record.Count ? record[index] : "";

    /// <summary>Invariant culture, but a spreadsheet in French may have saved "12,5": that is accepted too.</summary>
    static double? ParseNumber(string text) =>
        double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    static string Line(IEnumerable<string> fields, Func<string, string> field) => string.Join(",", fields.Select(field)) + "\n";

    /// <summary>RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    static IEnumerable<List<string>> Records(string csv)
    {
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\n')
            {
                record.Add(field.ToString()); field.Clear();
                yield return record;
                record = [];
            }
            else if (c != '\r') field.Append(c);
        }
        if (field.Length > 0 || record.Count > 0) { record.Add(field.ToString()); yield return record; }
    }
}
