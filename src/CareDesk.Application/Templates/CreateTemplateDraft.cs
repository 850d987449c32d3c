using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Templates;

namespace CareDesk.Application.Templates;

/// <summary>An author starts a new template as a draft (R46); it cannot be used until every required reviewer approved it.</summary>
public sealed class CreateTemplateDraftHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<TemplateDto> HandleAsync(TemplateContentInput input, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("author response templates");
        var label = await db.CurrentLabelVersionAsync(input.BrandId, cancellationToken);
        var template = ResponseTemplate.CreateDraft(input.ToContent(null, time.Today(), label), actor.UserName, time.GetUtcNow());
        db.Templates.Add(template);
        audit.Record("template.drafted", nameof(ResponseTemplate), template.Id, null, TemplateDto.Of(template));
        await db.SaveChangesAsync(cancellationToken);
        return TemplateDto.Of(template);
    }
}
