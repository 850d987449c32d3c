using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Moderation;

namespace CareDesk.Application.Moderation;

public sealed record ScreenModeratedItemCommand(Guid ItemId, bool? AdverseEvent, bool? ProductComplaint, bool? MedicalInquiry);

/// <summary>A person's AE / product complaint / MI decision on a comment: what R12 requires before it may be hidden or deleted.</summary>
public sealed class ScreenModeratedItemHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<ModeratedItemDto> HandleAsync(ScreenModeratedItemCommand command, CancellationToken cancellationToken)
    {
        ModerationAccess.Require(actor);
        new Validation().Required("adverseEvent", command.AdverseEvent).Required("productComplaint", command.ProductComplaint)
            .Required("medicalInquiry", command.MedicalInquiry).ThrowIfInvalid();
        var item = await ModeratedItemLookup.LoadAsync(db, command.ItemId, cancellationToken);
        item.RecordScreening(command.AdverseEvent!.Value, command.ProductComplaint!.Value, command.MedicalInquiry!.Value, actor.UserName, time.GetUtcNow());
        audit.Record("moderation.screened", nameof(ModeratedItem), item.Id, null,
            new { item.ScreenedAdverseEvent, item.ScreenedProductComplaint, item.ScreenedMedicalInquiry });
        await db.SaveChangesAsync(cancellationToken);
        return await ModeratedItemLookup.GetAsync(db, item.Id, cancellationToken);
    }
}
