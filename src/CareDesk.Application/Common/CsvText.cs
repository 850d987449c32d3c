namespace CareDesk.Application.Common;

/// <summary>RFC 4180 fields and lines, shared by the CSV exports (audit trail, aggregate review).</summary>
public static class CsvText
{
    /// <summary>A field with a comma, quote or line break is quoted and its quotes doubled.</summary>
    public static string Quote(string? field) => field is null ? string.Empty
        : field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Quote)) + "\r\n";
}
