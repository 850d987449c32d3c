using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Contacts;

public sealed record ListKeyOpinionLeadersQuery(string? TherapyArea = null);

/// <summary>The key-opinion-leader list, per therapy area, most-followed first.</summary>
public sealed class ListKeyOpinionLeadersHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<KeyOpinionLeaderDto>> HandleAsync(ListKeyOpinionLeadersQuery query, CancellationToken cancellationToken)
    {
        var area = query.TherapyArea?.Trim();
        var rows = await (from kol in db.KeyOpinionLeaders
                          join profile in db.ContactProfiles on kol.ProfileId equals profile.Id
                          where area == null || kol.TherapyArea == area
                          select new { kol, profile }).AsNoTracking().ToListAsync(cancellationToken);
        return rows.OrderBy(row => row.kol.TherapyArea).ThenByDescending(row => row.profile.Reach ?? 0)
            .Select(row => new KeyOpinionLeaderDto(row.kol.Id, row.profile.Number, row.kol.TherapyArea, row.profile.IsVerifiedHcp, row.profile.Reach,
                row.profile.EngagementRate, row.kol.AddedBy, row.kol.AddedAt)).ToList();
    }
}
