using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Channels;

public sealed record ScreeningGapAlertDto(Guid Id, string ChannelKey, DateTimeOffset? LastIngestedAt, int MaxGapMinutes, DateTimeOffset RaisedAt, DateTimeOffset? ResolvedAt);

public sealed class ListScreeningGapAlertsHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<ScreeningGapAlertDto>> HandleAsync(int take, CancellationToken cancellationToken) =>
        [.. (await db.ScreeningGapAlerts.AsNoTracking().OrderByDescending(alert => alert.RaisedAt).Take(Math.Clamp(take, 1, 1000)).ToListAsync(cancellationToken))
            .Select(alert => new ScreeningGapAlertDto(alert.Id, alert.ChannelKey, alert.LastIngestedAt, (int)alert.MaxGap.TotalMinutes, alert.RaisedAt, alert.ResolvedAt))];
}
