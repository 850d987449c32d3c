using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Security;

namespace CareDesk.Application.Security.Incidents;

public sealed record CloseSecurityIncidentCommand(int Number, string? Summary);

/// <summary>Closes an incident once every notification step is done, with the closer's summary; audited (R45).</summary>
public sealed class CloseSecurityIncidentHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<SecurityIncidentDto> HandleAsync(CloseSecurityIncidentCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("close security incidents");
        new Validation().Required("summary", command.Summary).ThrowIfInvalid();
        var incident = await db.IncidentAsync(command.Number, cancellationToken);
        var now = time.GetUtcNow();
        incident.Close(actor.UserName, command.Summary!, now);
        audit.Record("security_incident.closed", nameof(SecurityIncident), incident.Number, new { closedAt = (DateTimeOffset?)null },
            new { closedAt = now, closedBy = actor.UserName }, incident.ClosingSummary);
        await db.SaveChangesAsync(cancellationToken);
        return SecurityIncidentDto.Of(incident, now);
    }
}
