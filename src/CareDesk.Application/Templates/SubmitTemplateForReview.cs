using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Templates;

namespace CareDesk.Application.Templates;

/// <summary>Draft → In MLR review (R46): the version is frozen for the reviewers to sign; promotional content must pass R23 and R28 first.</summary>
public sealed class SubmitTemplateForReviewHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<TemplateDto> HandleAsync(Guid templateId, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("submit templates for review");
        var template = await db.LoadTemplateAsync(templateId, cancellationToken);
        await Promotion.PromotionalChecks.RequireSubmittableAsync(db, template, cancellationToken);
        var before = TemplateDto.Of(template);
        template.SubmitForReview(time.GetUtcNow());
        audit.Record("template.submitted", nameof(ResponseTemplate), template.Id, before, TemplateDto.Of(template));
        await db.SaveChangesAsync(cancellationToken);
        return TemplateDto.Of(template);
    }
}
