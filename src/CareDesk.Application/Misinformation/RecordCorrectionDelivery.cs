using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Misinformation;

namespace CareDesk.Application.Misinformation;

public sealed record RecordCorrectionDeliveryCommand(Guid CorrectionId, CorrectionDelivery? Delivery, DateTimeOffset? At = null);

/// <summary>Records that the attested correction was posted alongside the misinformation or sent to the site owner (R26).</summary>
public sealed class RecordCorrectionDeliveryHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<MisinformationCorrectionDto> HandleAsync(RecordCorrectionDeliveryCommand command, CancellationToken cancellationToken)
    {
        actor.RequireCorrector();
        new Validation().Required("delivery", command.Delivery).ThrowIfInvalid();
        var correction = await db.LoadCorrectionAsync(command.CorrectionId, cancellationToken);
        var before = await db.SnapshotAsync(correction, cancellationToken);
        correction.RecordDelivery(command.Delivery!.Value, command.At ?? time.GetUtcNow());
        return await db.SaveStepAsync(audit, "misinformation.delivered", correction, before, cancellationToken);
    }
}
