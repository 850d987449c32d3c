using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Templates;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Templates;

public sealed record ChangeProductLabelCommand(Guid? BrandId, string? LabelVersion, string? Reason);

public sealed record ChangeProductLabelResult(Guid BrandId, string? PreviousLabelVersion, string LabelVersion, IReadOnlyList<TemplateDto> Withdrawn);

/// <summary>
/// A new label (USPI/SmPC) version for a product: every approved or in-review template of that product rests on the old
/// safety wording, so it is withdrawn with the reason in the audit trail and must come back as a new version (R51).
/// </summary>
public sealed class ChangeProductLabelHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<ChangeProductLabelResult> HandleAsync(ChangeProductLabelCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("record product label changes");
        new Validation().Required("brandId", command.BrandId).Required("labelVersion", command.LabelVersion).Required("reason", command.Reason).ThrowIfInvalid();
        var brand = await db.Brands.SingleOrDefaultAsync(item => item.Id == command.BrandId, cancellationToken) ?? throw new NotFoundException("Brand", command.BrandId!);
        var previous = brand.ChangeLabel(command.LabelVersion!);
        audit.Record("product.label-changed", nameof(Brand), brand.Id, new { labelVersion = previous }, new { labelVersion = brand.LabelVersion }, command.Reason);

        var now = time.GetUtcNow();
        var reason = $"Label changed to {brand.LabelVersion}: {command.Reason!.Trim()}";
        var affected = await db.Templates.Where(template => template.BrandId == brand.Id
            && (template.Status == TemplateStatus.Approved || template.Status == TemplateStatus.InReview)).ToListAsync(cancellationToken);
        foreach (var template in affected)
        {
            var before = TemplateDto.Of(template);
            template.Withdraw(reason, now);
            audit.Record("template.withdrawn", nameof(ResponseTemplate), template.Id, before, TemplateDto.Of(template), reason);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ChangeProductLabelResult(brand.Id, previous, brand.LabelVersion!, affected.Select(TemplateDto.Of).ToList());
    }
}
