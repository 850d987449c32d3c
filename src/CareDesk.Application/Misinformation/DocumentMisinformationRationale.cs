using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;

namespace CareDesk.Application.Misinformation;

public sealed record DocumentMisinformationRationaleCommand(Guid CorrectionId, int ItemNumber, string? Rationale);

/// <summary>Documents why one misinformation item is left uncorrected, which lets the attestation go ahead (R26).</summary>
public sealed class DocumentMisinformationRationaleHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor)
{
    public async Task<MisinformationCorrectionDto> HandleAsync(DocumentMisinformationRationaleCommand command, CancellationToken cancellationToken)
    {
        actor.RequireCorrector();
        var correction = await db.LoadCorrectionAsync(command.CorrectionId, cancellationToken);
        var before = await db.SnapshotAsync(correction, cancellationToken);
        correction.DocumentRationale(command.ItemNumber, command.Rationale ?? string.Empty);
        return await db.SaveStepAsync(audit, "misinformation.rationale_documented", correction, before, cancellationToken);
    }
}
