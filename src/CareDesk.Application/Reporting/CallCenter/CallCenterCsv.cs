using Microsoft.VisualBasic.FileIO;

namespace CareDesk.Application.Reporting.CallCenter;

/// <summary>
/// Reads the documented call-centre CSV (docs/reporting.md): a header line naming the columns, then one interaction per
/// line; fields may be quoted with double quotes. Parsing is the framework's TextFieldParser.
/// </summary>
public static class CallCenterCsv
{
    public static readonly string[] Columns = ["interaction_id", "brand", "team", "agent", "started_at", "answered_at", "ended_at", "labels"];

    /// <summary>The parsed lines with their line numbers in the file (the header is line 1), and any line that could not be read.</summary>
    public static (IReadOnlyList<CallCenterInteractionInput> Lines, IReadOnlyList<ImportLineError> Errors) Parse(string csv)
    {
        using var parser = new TextFieldParser(new StringReader(csv)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = true };
        parser.SetDelimiters(",");
        var header = (parser.ReadFields() ?? []).Select(name => name.ToLowerInvariant()).ToList();
        var missing = Columns.Where(column => !header.Contains(column)).ToList();
        if (missing.Count > 0)
        {
            return ([], [new ImportLineError(1, "header", $"Missing column(s): {string.Join(", ", missing)}. Expected: {string.Join(",", Columns)}.")]);
        }

        var lines = new List<CallCenterInteractionInput>();
        var errors = new List<ImportLineError>();
        while (!parser.EndOfData)
        {
            var line = (int)parser.LineNumber;
            string[]? fields;
            try
            {
                fields = parser.ReadFields();
            }
            catch (MalformedLineException malformed)
            {
                errors.Add(new ImportLineError((int)malformed.LineNumber, "line", "Cannot be read as CSV (check the quotes)."));
                continue;
            }

            if (fields is null)
            {
                continue;
            }

            if (fields.Length != header.Count)
            {
                errors.Add(new ImportLineError(line, "line", $"Has {fields.Length} fields; the header has {header.Count}."));
                continue;
            }

            string? Field(string column) => fields[header.IndexOf(column)] is { Length: > 0 } value ? value : null;
            lines.Add(new CallCenterInteractionInput(Field("interaction_id"), Field("brand"), Field("team"), Field("agent"), Field("started_at"), Field("answered_at"),
                Field("ended_at"), Field("labels"), line));
        }

        return (lines, errors);
    }
}
