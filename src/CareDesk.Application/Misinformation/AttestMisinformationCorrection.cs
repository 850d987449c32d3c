using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;

namespace CareDesk.Application.Misinformation;

/// <summary>"All misinformation in the defined portion addressed": refused while any item has neither a correction nor a rationale (R26).</summary>
public sealed class AttestMisinformationCorrectionHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<MisinformationCorrectionDto> HandleAsync(Guid correctionId, CancellationToken cancellationToken)
    {
        actor.RequireCorrector();
        var correction = await db.LoadCorrectionAsync(correctionId, cancellationToken);
        var before = await db.SnapshotAsync(correction, cancellationToken);
        correction.Attest(actor.UserName, time.GetUtcNow());
        return await db.SaveStepAsync(audit, "misinformation.attested", correction, before, cancellationToken);
    }
}
