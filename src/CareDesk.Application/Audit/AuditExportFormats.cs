using System.Globalization;
using System.Text;
using System.Text.Json;
using CareDesk.Application.Common;

namespace CareDesk.Application.Audit;

/// <summary>The electronic copies of an audit export: CSV for people and spreadsheets, JSON lines for machines (R30).</summary>
public static class AuditExportFormats
{
    public static readonly string[] CsvColumns =
        ["sequence", "at_utc", "at_local", "time_zone", "actor", "via", "action", "entity_type", "entity_id", "change", "before", "after", "reason", "previous_hash", "hash"];

    public static string ToCsv(IEnumerable<AuditExportRow> rows)
    {
        var csv = new StringBuilder().AppendJoin(',', CsvColumns).Append("\r\n");
        foreach (var row in rows)
        {
            string?[] fields =
            [
                row.Sequence.ToString(CultureInfo.InvariantCulture), row.AtUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
                row.AtLocal, row.TimeZone, row.Actor, row.Via, row.Action, row.EntityType, row.EntityId, row.Change, row.Before, row.After, row.Reason,
                row.PreviousHash, row.Hash,
            ];
            csv.AppendJoin(',', fields.Select(Quote)).Append("\r\n");
        }

        return csv.ToString();
    }

    public static string ToJsonLines(IEnumerable<AuditExportRow> rows)
    {
        var lines = new StringBuilder();
        foreach (var row in rows)
        {
            lines.Append(JsonSerializer.Serialize(row, CareDeskJson.Options)).Append('\n');
        }

        return lines.ToString();
    }

    private static string Quote(string? field) => CsvText.Quote(field);
}
