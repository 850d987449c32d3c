using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Security.Incidents;

/// <summary>
/// Breach detection that is cheap enough to run every few minutes (R39, R45): any export in the audit trail that
/// disclosed at least Security:BulkExportThreshold cases, and is not yet the source of an incident, raises one.
/// Whether it was authorised is for a person to decide; the 72-hour clock runs from the detection.
/// </summary>
public sealed class DetectSuspiciousExportsHandler(IAppDbContext db, AuditTrail audit, TimeProvider time, IOptions<SecurityOptions> options)
{
    public async Task<IReadOnlyList<int>> HandleAsync(CancellationToken cancellationToken)
    {
        var threshold = options.Value.BulkExportThreshold;
        var known = (await db.SecurityIncidents.AsNoTracking().Select(item => item.SourceAuditSequences).ToListAsync(cancellationToken))
            .SelectMany(sequences => sequences).ToHashSet();
        var exports = await ExportEvents.FindAsync(db, null, null, null, null, cancellationToken);
        var now = time.GetUtcNow();
        var raised = new List<int>();
        foreach (var export in exports.Where(export => export.CaseNumbers.Count >= threshold && !known.Contains(export.Sequence)))
        {
            var incident = await RaiseSecurityIncidentHandler.AddAsync(db, audit,
                $"Bulk export of {export.CaseNumbers.Count} cases by {export.Actor}",
                $"{export.Action} (audit entry {export.Sequence}) at {export.At:u} disclosed {export.CaseNumbers.Count} cases, at or above the threshold of {threshold}. Confirm whether it was authorised.",
                SecurityIncidentCategory.UnauthorisedExport, now, ActorVia.System, autoRaised: true, [export], cancellationToken);
            // Numbers come from MAX+1, so each incident is saved before the next is numbered.
            await db.SaveChangesAsync(cancellationToken);
            raised.Add(incident.Number);
        }

        return raised;
    }
}
