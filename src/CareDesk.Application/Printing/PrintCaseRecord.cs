using System.Globalization;
using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Cases;
using CareDesk.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Printing;

/// <param name="TimeZone">Zone of the local-time column of the audit trail; UTC when absent.</param>
public sealed record PrintCaseRecordQuery(int CaseNumber, string? TimeZone = null);

/// <summary>
/// The human-readable copy of one case for inspectors (R30, 21 CFR 11.10(b), Annex 11 §8): every field, the source
/// posts as received, replies, notes, every signature with its manifestation, and the full audit trail of the case
/// and its linked records; a record changed after its original entry is flagged.
/// </summary>
public sealed class PrintCaseRecordHandler(GetCaseDetailsHandler details, ExportAuditTrailHandler auditTrail, IAppDbContext db, IPdfRenderer pdf, ICurrentActor actor,
    TimeProvider time)
{
    public async Task<PrintedFile> HandleAsync(PrintCaseRecordQuery query, CancellationToken cancellationToken)
    {
        var record = await details.HandleAsync(new GetCaseDetailsQuery(query.CaseNumber), cancellationToken);
        // Roles without the "PV data" permission get the masked case (R39), so its audit section is redacted the same way.
        var audit = await auditTrail.HandleAsync(
            new ExportAuditTrailQuery(CaseNumber: query.CaseNumber, TimeZone: query.TimeZone, RedactIdentifiers: !actor.CanSeePvData()), cancellationToken);
        var approvals = await db.ReplyApprovals.AsNoTracking().Where(item => item.CaseId == record.Case.Id).ToListAsync(cancellationToken);
        var modified = audit.Where(row => row.Change == "modified").Select(row => row.EntityId).ToHashSet();
        var printedAt = time.GetUtcNow();

        var lines = new List<PrintLine> { PrintLine.Heading("Case") };
        lines.AddRange(CaseLines(record, modified.Contains(record.Case.Id.ToString())));
        lines.Add(PrintLine.Heading($"Source posts ({record.Posts.Count})"));
        foreach (var post in record.Posts)
        {
            lines.Add(new($"Post {post.Id} - external id {post.ExternalId}, author {post.Author}, {(post.IsPublic ? "public" : "private")}{ModifiedFlag(modified, post.Id)}"));
            lines.Add(new($"  Posted {Utc(post.PostedAt)}, received {Utc(post.ReceivedAt)}; labels {Join(post.Labels)}; priority {post.Priority}; screened by {post.Classifier}"));
            lines.Add(new($"  Text as received: {post.Text}"));
        }

        lines.Add(PrintLine.Heading($"Replies ({record.Replies.Count})"));
        lines.AddRange(record.Replies.Select(reply =>
            new PrintLine($"{Utc(reply.SentAt)} by {reply.SentBy} from template {reply.JobCode} v{reply.TemplateVersion}{ModifiedFlag(modified, reply.Id)}: {reply.Text}")));
        lines.Add(PrintLine.Heading($"Notes ({record.Notes.Count})"));
        lines.AddRange(record.Notes.Select(note => new PrintLine($"{Utc(note.CreatedAt)} {note.Author}: {note.Text}")));
        lines.Add(PrintLine.Heading("Electronic signatures"));
        var decisions = approvals.SelectMany(approval => approval.Decisions.Select(decision => (approval, decision))).OrderBy(pair => pair.decision.At).ToList();
        lines.AddRange(decisions.Count == 0
            ? [new PrintLine("No signatures on this case.")]
            : decisions.Select(pair => new PrintLine(
                $"Signed by {pair.decision.DisplayName} ({pair.decision.UserName}, {pair.decision.Role}, tier {pair.decision.Tier}) at {Utc(pair.decision.At)} - meaning: {pair.decision.Meaning}; "
                + $"reply approval {pair.approval.Id}; signed text SHA-256 {pair.decision.TextSha256}{(pair.decision.Reason is { } reason ? "; reason: " + reason : "")}")));
        lines.AddRange(AuditLines(audit));

        var title = $"Case record {record.Case.Number}";
        var footer = $"CareDesk - {title} - copy printed {Utc(printedAt)}";
        return new PrintedFile($"case-{record.Case.Number}-record.pdf", "application/pdf", pdf.Render(new PrintableDocument(title, footer, lines)));
    }

    internal static IEnumerable<PrintLine> AuditLines(IReadOnlyList<AuditExportRow> audit)
    {
        yield return PrintLine.Heading($"Audit trail ({audit.Count} entries, oldest first)");
        foreach (var row in audit)
        {
            yield return new($"#{row.Sequence} {Utc(row.AtUtc)} (local {row.AtLocal} {row.TimeZone}) {row.Actor} via {row.Via}: {row.Action} on {row.EntityType} {row.EntityId} [{row.Change}]");
            if (row.Before is not null)
            {
                yield return new($"  Old: {row.Before}");
            }

            if (row.After is not null)
            {
                yield return new($"  New: {row.After}");
            }

            if (row.Reason is not null)
            {
                yield return new($"  Reason: {row.Reason}");
            }

            yield return new($"  Hash {row.Hash} (previous {row.PreviousHash})");
        }
    }

    private static IEnumerable<PrintLine> CaseLines(CaseDetailsDto record, bool modified)
    {
        var summary = record.Case;
        yield return new($"Number {summary.Number} (id {summary.Id}); modified after initial entry: {(modified ? "YES (see the audit trail)" : "no")}");
        yield return new($"Channel {record.ChannelName} ({summary.ChannelKey}, {summary.ChannelKind}); author {summary.Author}");
        yield return new($"Status {summary.Status}; labels {Join(summary.Labels)}; priority {summary.Priority}; assignee {summary.Assignee ?? "none"}; team {summary.Team ?? "none"}");
        yield return new($"Opened {Utc(summary.OpenedAt)}; first reply {Utc(record.FirstRepliedAt)}; resolved {Utc(record.ResolvedAt)}; escalated to {Join(record.EscalatedTo)}");
        yield return new($"Summary: {summary.Summary}");
        foreach (var clock in summary.Clocks)
        {
            yield return new($"Clock {clock.Kind} ({clock.Target}, calendar {clock.CalendarCode}): started {Utc(clock.StartedAt)}, due {Utc(clock.DueAt)}, {clock.State}{(clock.MetAt is { } met ? ", met " + Utc(met) : "")}");
        }
    }

    private static string ModifiedFlag(HashSet<string> modified, Guid id) => modified.Contains(id.ToString()) ? " - modified after initial entry: YES (see the audit trail)" : "";

    private static string Join<T>(IEnumerable<T> items) => items.Any() ? string.Join(", ", items) : "none";

    internal static string Utc(DateTimeOffset? at) => at is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) : "-";
}
