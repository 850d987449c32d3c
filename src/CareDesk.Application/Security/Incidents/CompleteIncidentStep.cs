using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Security;

namespace CareDesk.Application.Security.Incidents;

public sealed record CompleteIncidentStepCommand(int Number, string? Step, string? Note);

/// <summary>Marks one notification step of an incident done, with who, when and a note (e.g. the authority's reference); audited.</summary>
public sealed class CompleteIncidentStepHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<SecurityIncidentDto> HandleAsync(CompleteIncidentStepCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("record incident notifications");
        new Validation().Required("step", command.Step).ThrowIfInvalid();
        var incident = await db.IncidentAsync(command.Number, cancellationToken);
        var now = time.GetUtcNow();
        incident.CompleteStep(command.Step!.Trim(), actor.UserName, command.Note, now);
        audit.Record("security_incident.step_completed", nameof(SecurityIncident), incident.Number, null, new { step = command.Step.Trim(), completedAt = now }, command.Note);
        await db.SaveChangesAsync(cancellationToken);
        return SecurityIncidentDto.Of(incident, now);
    }
}
