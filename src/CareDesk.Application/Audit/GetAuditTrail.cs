using CareDesk.Application.Abstractions;
using CareDesk.Application.Cases;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Audit;

public sealed record GetAuditTrailQuery(string? EntityType = null, string? EntityId = null, int Take = 200);

public sealed class GetAuditTrailHandler(IAppDbContext db, IAuditKeyStore keys)
{
    public async Task<IReadOnlyList<HistoryDto>> HandleAsync(GetAuditTrailQuery query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            entries = entries.Where(entry => entry.EntityType == query.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            entries = entries.Where(entry => entry.EntityId == query.EntityId);
        }

        var rows = await entries.OrderByDescending(entry => entry.Sequence).Take(Math.Clamp(query.Take, 1, 5000))
            .Select(entry => new HistoryDto(entry.Sequence, entry.At, entry.Actor, entry.Via, entry.Action, entry.Before, entry.After, entry.Reason))
            .ToListAsync(cancellationToken);
        return await keys.RevealAsync(rows, cancellationToken);
    }
}
