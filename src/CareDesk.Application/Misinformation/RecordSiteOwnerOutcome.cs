using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;

namespace CareDesk.Application.Misinformation;

public sealed record RecordSiteOwnerOutcomeCommand(Guid CorrectionId, bool Acted);

/// <summary>Whether the site owner acted on the correction (R26 record set).</summary>
public sealed class RecordSiteOwnerOutcomeHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<MisinformationCorrectionDto> HandleAsync(RecordSiteOwnerOutcomeCommand command, CancellationToken cancellationToken)
    {
        actor.RequireCorrector();
        var correction = await db.LoadCorrectionAsync(command.CorrectionId, cancellationToken);
        var before = await db.SnapshotAsync(correction, cancellationToken);
        correction.RecordSiteOwnerOutcome(command.Acted, time.GetUtcNow());
        return await db.SaveStepAsync(audit, "misinformation.site_owner_outcome", correction, before, cancellationToken);
    }
}
