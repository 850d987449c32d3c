using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Security;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Security.Incidents;

/// <summary>
/// Raises an incident. Affected records come from the audit trail: the export with <see cref="ExportSequence"/>, or
/// every export by <see cref="ExportedBy"/> between <see cref="ExportedFrom"/> and <see cref="ExportedTo"/>.
/// </summary>
public sealed record RaiseSecurityIncidentCommand(
    string? Title, string? Description, SecurityIncidentCategory Category, DateTimeOffset? DetectedAt = null, long? ExportSequence = null,
    string? ExportedBy = null, DateTimeOffset? ExportedFrom = null, DateTimeOffset? ExportedTo = null);

/// <summary>Opens an entry in the security incident register with its 72-hour notification due time (R45); supervisors and admins.</summary>
public sealed class RaiseSecurityIncidentHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<SecurityIncidentDto> HandleAsync(RaiseSecurityIncidentCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("raise security incidents");
        var now = time.GetUtcNow();
        var detectedAt = command.DetectedAt ?? now;
        var validation = new Validation();
        if (detectedAt > now)
        {
            validation.Add("detectedAt", "The detection time cannot be in the future.");
        }

        validation.ThrowIfInvalid();
        var searchesTrail = command.ExportSequence is not null || !string.IsNullOrWhiteSpace(command.ExportedBy);
        var exports = searchesTrail
            ? await ExportEvents.FindAsync(db, command.ExportSequence, command.ExportedBy, command.ExportedFrom, command.ExportedTo, cancellationToken)
            : [];
        if (searchesTrail && exports.Count == 0)
        {
            new Validation().Add(command.ExportSequence is null ? "exportedBy" : "exportSequence", "No export event in the audit trail matches.").ThrowIfInvalid();
        }

        var incident = await AddAsync(db, audit, command.Title, command.Description, command.Category, detectedAt, actor.UserName, autoRaised: false, exports, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return SecurityIncidentDto.Of(incident, now);
    }

    internal static async Task<SecurityIncident> AddAsync(IAppDbContext db, AuditTrail audit, string? title, string? description, SecurityIncidentCategory category,
        DateTimeOffset detectedAt, string raisedBy, bool autoRaised, IReadOnlyList<ExportEvent> exports, CancellationToken cancellationToken)
    {
        var affected = await ExportEvents.AffectedRecordsAsync(db, exports, cancellationToken);
        var number = (await db.SecurityIncidents.MaxAsync(item => (int?)item.Number, cancellationToken) ?? 0) + 1;
        var incident = SecurityIncident.Raise(number, title ?? string.Empty, description, category, detectedAt, raisedBy, autoRaised,
            exports.Select(export => export.Sequence), affected);
        db.SecurityIncidents.Add(incident);
        audit.Record("security_incident.raised", nameof(SecurityIncident), incident.Number, null, new
        {
            incident.Title,
            incident.Category,
            incident.DetectedAt,
            incident.NotificationDueAt,
            incident.AutoRaised,
            sourceAuditSequences = incident.SourceAuditSequences,
            affectedRecords = incident.AffectedRecords.Count,
        });
        return incident;
    }
}
