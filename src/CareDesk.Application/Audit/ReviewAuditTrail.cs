using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Audit;

public sealed record ReviewAuditTrailQuery(DateTimeOffset From, DateTimeOffset To);

public sealed record AuditReviewFinding(long Sequence, DateTimeOffset At, string Actor, string Action, string EntityType, string EntityId, string? Reason);

/// <summary>The periodic audit-trail review (R37): volume per action and per user, the refused corrections and deletions, the erasures, and whether the whole chain verifies.</summary>
public sealed record AuditReviewReport(
    DateTimeOffset From, DateTimeOffset To, int Entries, IReadOnlyDictionary<string, int> ByAction, IReadOnlyDictionary<string, int> ByUser,
    IReadOnlyList<AuditReviewFinding> Refused, IReadOnlyList<AuditReviewFinding> Erasures, IReadOnlyList<AuditReviewFinding> Modifications, AuditChainReport Chain);

public sealed class ReviewAuditTrailHandler(IAppDbContext db, VerifyAuditChainHandler verify)
{
    public async Task<AuditReviewReport> HandleAsync(ReviewAuditTrailQuery query, CancellationToken cancellationToken)
    {
        var entries = await db.AuditEntries.AsNoTracking().Where(entry => entry.At >= query.From && entry.At < query.To)
            .OrderBy(entry => entry.Sequence).ToListAsync(cancellationToken);
        static AuditReviewFinding Finding(Domain.Audit.AuditEntry entry) =>
            new(entry.Sequence, entry.At, entry.Actor, entry.Action, entry.EntityType, entry.EntityId, entry.Reason);

        return new AuditReviewReport(
            query.From, query.To, entries.Count,
            entries.GroupBy(entry => entry.Action).OrderBy(group => group.Key, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Count()),
            entries.GroupBy(entry => entry.Actor).OrderBy(group => group.Key, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Count()),
            entries.Where(entry => entry.Action.EndsWith("_refused", StringComparison.Ordinal)).Select(Finding).ToList(),
            entries.Where(entry => entry.Action is "case.erased" or "retention.anonymised").Select(Finding).ToList(),
            entries.Where(entry => entry.Before is not null && entry.Reason is not null).Select(Finding).ToList(),
            await verify.HandleAsync(cancellationToken));
    }
}
