using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Templates.Rules;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Templates;

public sealed record CreateTemplateVersionCommand(Guid TemplateId, TemplateContentInput Changes);

/// <summary>
/// Approved content is never edited (R48): a change is a new version in draft, unsigned, that goes through MLR again.
/// The approved version stays usable until its successor is approved; a version sent back (Revise &amp; Resubmit) is
/// superseded by the revised draft.
/// </summary>
public sealed class CreateTemplateVersionHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<TemplateDto> HandleAsync(CreateTemplateVersionCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("author response templates");
        var source = await db.LoadTemplateAsync(command.TemplateId, cancellationToken);
        var versions = await db.Templates.Where(template => template.FamilyId == source.FamilyId).ToListAsync(cancellationToken);
        Domain.Common.BusinessRules.Check(new TemplateFamilyMustHaveOneOpenVersionRule(versions));
        var latest = versions.MaxBy(template => template.Version)!;
        var label = await db.CurrentLabelVersionAsync(command.Changes.BrandId ?? source.BrandId, cancellationToken);
        var draft = latest.NewVersion(command.Changes.ToContent(source.Content, time.Today(), label), actor.UserName, time.GetUtcNow());
        db.Templates.Add(draft);
        foreach (var returned in versions.Where(version => version.Status == TemplateStatus.ReviseAndResubmit))
        {
            var before = TemplateDto.Of(returned);
            returned.Supersede(draft, time.GetUtcNow());
            audit.Record("template.superseded", nameof(ResponseTemplate), returned.Id, before, TemplateDto.Of(returned), returned.StatusReason);
        }

        audit.Record("template.versioned", nameof(ResponseTemplate), draft.Id, TemplateDto.Of(source), TemplateDto.Of(draft));
        await db.SaveChangesAsync(cancellationToken);
        return TemplateDto.Of(draft);
    }
}
