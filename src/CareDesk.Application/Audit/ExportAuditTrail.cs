using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Audit;

/// <param name="CaseNumber">Limits the export to one case and every record linked to it (posts, replies, approvals, complaints, MI requests).</param>
/// <param name="TimeZone">IANA/Windows zone for the local-time column; UTC when absent.</param>
/// <param name="RedactIdentifiers">Replace handles, e-mails, phone numbers and names in the old and new values and reasons (R43d): the
/// web export does unless a supervisor asked for identifiers with a reason; the case record and the CLI's full copy do not.</param>
public sealed record ExportAuditTrailQuery(
    DateTimeOffset? From = null, DateTimeOffset? To = null, int? CaseNumber = null, string? EntityType = null, string? EntityId = null, string? TimeZone = null,
    bool RedactIdentifiers = false);

/// <summary>One audit entry as an inspector reads it: UTC and local time, who, how, what, old and new value, why, and its chain link.</summary>
public sealed record AuditExportRow(
    long Sequence, DateTimeOffset AtUtc, string AtLocal, string TimeZone, string Actor, string Via, string Action, string EntityType, string EntityId,
    string Change, string? Before, string? After, string? Reason, string PreviousHash, string Hash);

/// <summary>The audit trail for inspectors (R30), filtered by record and period, oldest first, for CSV, JSON lines or a printable page.</summary>
public sealed class ExportAuditTrailHandler(IAppDbContext db, IAuditKeyStore keys, Privacy.ExportRedaction redaction)
{
    public async Task<IReadOnlyList<AuditExportRow>> HandleAsync(ExportAuditTrailQuery query, CancellationToken cancellationToken)
    {
        var zone = ResolveZone(query.TimeZone);
        var entries = db.AuditEntries.AsNoTracking();
        if (query.From is { } from)
        {
            entries = entries.Where(entry => entry.At >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(entry => entry.At < to);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            entries = entries.Where(entry => entry.EntityType == query.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            entries = entries.Where(entry => entry.EntityId == query.EntityId);
        }

        if (query.CaseNumber is { } number)
        {
            var ids = await LinkedRecordIdsAsync(number, cancellationToken);
            entries = entries.Where(entry => ids.Contains(entry.EntityId));
        }

        var rows = await entries.OrderBy(entry => entry.Sequence).ToListAsync(cancellationToken);
        var found = await keys.FindAsync(PersonalAuditValue.OwnersIn(rows.SelectMany(entry => new[] { entry.Before, entry.After })), cancellationToken);

        var redactor = query.RedactIdentifiers ? await redaction.ForExportAsync(null, cancellationToken) : null;
        return rows.Select(entry => new AuditExportRow(
            entry.Sequence, entry.At, TimeZoneInfo.ConvertTime(entry.At, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            zone.Id, entry.Actor, entry.Via, entry.Action, entry.EntityType, entry.EntityId, entry.Before is null ? "created" : "modified",
            Redact(PersonalAuditValue.Reveal(entry.Before, found)), Redact(PersonalAuditValue.Reveal(entry.After, found)), Redact(entry.Reason), entry.PreviousHash, entry.Hash)).ToList();

        string? Redact(string? value) => redactor is null ? value : redactor.Text(value);
    }

    private async Task<List<string>> LinkedRecordIdsAsync(int caseNumber, CancellationToken cancellationToken)
    {
        var caseId = await db.Cases.Where(item => item.Number == caseNumber).Select(item => (Guid?)item.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Case", caseNumber);
        var ids = new List<Guid> { caseId };
        ids.AddRange(await db.Posts.Where(item => item.CaseId == caseId).Select(item => item.Id).ToListAsync(cancellationToken));
        ids.AddRange(await db.Replies.Where(item => item.CaseId == caseId).Select(item => item.Id).ToListAsync(cancellationToken));
        ids.AddRange(await db.ReplyApprovals.Where(item => item.CaseId == caseId).Select(item => item.Id).ToListAsync(cancellationToken));
        ids.AddRange(await db.ProductComplaints.Where(item => item.CaseId == caseId).Select(item => item.Id).ToListAsync(cancellationToken));
        ids.AddRange(await db.MedicalInformationRequests.Where(item => item.CaseId == caseId).Select(item => item.Id).ToListAsync(cancellationToken));
        ids.AddRange(await db.CaseNotes.Where(item => item.CaseId == caseId).Select(item => item.Id).ToListAsync(cancellationToken));
        return ids.Select(id => id.ToString()).ToList();
    }

    private static TimeZoneInfo ResolveZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return TimeZoneInfo.Utc;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone)
            ? zone
            : throw ValidationFailedException.For("timeZone", $"Unknown time zone '{id}'.");
    }
}
