using CareDesk.Application.Abstractions;
using CareDesk.Domain.Sla;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Sla;

public sealed record SlaAlertDto(Guid Id, int CaseNumber, SlaClockKind ClockKind, SlaAlertKind Kind, DateTimeOffset DueAt, DateTimeOffset RaisedAt);

public sealed class ListSlaAlertsHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<SlaAlertDto>> HandleAsync(int take, CancellationToken cancellationToken) =>
        await db.SlaAlerts.AsNoTracking().OrderByDescending(alert => alert.RaisedAt).Take(Math.Clamp(take, 1, 1000))
            .Select(alert => new SlaAlertDto(alert.Id, alert.CaseNumber, alert.ClockKind, alert.Kind, alert.DueAt, alert.RaisedAt))
            .ToListAsync(cancellationToken);
}
