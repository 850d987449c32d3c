using System.Text.Json;
using CareDesk.Application.Abstractions;
using CareDesk.Domain.Audit;
using CareDesk.Domain.Security;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Security.Incidents;

/// <summary>An export found in the audit trail and the case numbers it disclosed.</summary>
public sealed record ExportEvent(long Sequence, DateTimeOffset At, string Actor, string Action, IReadOnlyList<int> CaseNumbers);

/// <summary>
/// Finds exports in the audit trail (R45). By convention an export's action ends in "_exported" and its after-value
/// lists the case numbers it disclosed as "cases"; the affected records of an incident come from there.
/// </summary>
public static class ExportEvents
{
    public const string ActionSuffix = "_exported";

    // "_" is a LIKE wildcard, so it is escaped.
    private const string ActionPattern = "%\\_exported";

    public static async Task<IReadOnlyList<ExportEvent>> FindAsync(IAppDbContext db, long? sequence, string? actor, DateTimeOffset? from, DateTimeOffset? to,
        CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking().Where(entry => EF.Functions.Like(entry.Action, ActionPattern, "\\"));
        if (sequence is { } only)
        {
            entries = entries.Where(entry => entry.Sequence == only);
        }

        if (!string.IsNullOrWhiteSpace(actor))
        {
            var name = actor.Trim().ToLowerInvariant();
            entries = entries.Where(entry => entry.Actor == name);
        }

        if (from is { } start)
        {
            entries = entries.Where(entry => entry.At >= start);
        }

        if (to is { } end)
        {
            entries = entries.Where(entry => entry.At < end);
        }

        var found = await entries.OrderBy(entry => entry.Sequence).ToListAsync(cancellationToken);
        return [.. found.Select(Of)];
    }

    public static ExportEvent Of(AuditEntry entry) => new(entry.Sequence, entry.At, entry.Actor, entry.Action, CasesIn(entry.After));

    /// <summary>Each case an export disclosed, described by what kind of record it is, so the register shows e.g. "50 adverse-event cases".</summary>
    public static async Task<List<AffectedRecord>> AffectedRecordsAsync(IAppDbContext db, IEnumerable<ExportEvent> exports, CancellationToken cancellationToken)
    {
        var numbers = exports.SelectMany(export => export.CaseNumbers).Distinct().ToList();
        var cases = await db.Cases.AsNoTracking().Where(item => numbers.Contains(item.Number)).ToListAsync(cancellationToken);
        return [.. cases.OrderBy(item => item.Number).Select(item =>
            new AffectedRecord("Case", item.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), item.IsAdverseEventRecord ? "adverse-event case" : "case"))];
    }

    private static List<int> CasesIn(string? after)
    {
        if (after is null || !after.StartsWith('{'))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(after);
            return document.RootElement.TryGetProperty("cases", out var cases) && cases.ValueKind == JsonValueKind.Array
                ? [.. cases.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.Number).Select(item => item.GetInt32())]
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
