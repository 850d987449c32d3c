using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Security.Incidents;

/// <summary>The incident register, newest first (R45); supervisors and admins.</summary>
public sealed class ListSecurityIncidentsHandler(IAppDbContext db, ICurrentActor actor, TimeProvider time)
{
    public async Task<IReadOnlyList<SecurityIncidentDto>> HandleAsync(CancellationToken cancellationToken)
    {
        actor.RequireContentManager("read the security incident register");
        var now = time.GetUtcNow();
        var incidents = await db.SecurityIncidents.AsNoTracking().OrderByDescending(item => item.Number).ToListAsync(cancellationToken);
        return [.. incidents.Select(incident => SecurityIncidentDto.Of(incident, now))];
    }
}
