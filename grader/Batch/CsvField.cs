namespace Attention.Grader.Batch;

/// <summary>
/// A field of grades.csv as RFC 4180 writes it, and guarded against formula injection: a text that a
/// spreadsheet would run as a formula (starting with =, +, -, @, a tab or a CR: a folder named
/// `=HYPERLINK(…)`) is written behind an apostrophe, which spreadsheets show as text. Read undoes it.
/// </summary>
public static class CsvField
{
    static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r', '\''];

    /// <summary>A text field (a submission's name, a reason): guarded, then quoted when needed.</summary>
    public static string Text(string field) => Quoted(field.Length > 0 && FormulaStarts.Contains(field[0]) ? "'" + field : field);

    /// <summary>A number written by the grader, quoted only as RFC 4180 needs (a negative mark keeps its sign).</summary>
    public static string Number(string field) => Quoted(field);

    /// <summary>A text field as read back: the guard's apostrophe removed.</summary>
    public static string ReadText(string field) => field.Length > 1 && field[0] == '\'' && FormulaStarts.Contains(field[1]) ? field[1..] : field;

    static string Quoted(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}
