using CareDesk.Application.Abstractions;
using CareDesk.Application.Templates;

namespace CareDesk.Application.Promotion;

public sealed record PromotionalCheckDto(Guid TemplateId, string MaterialId, bool Promotional, bool CanSubmit, IReadOnlyList<PromotionalFinding> Findings);

/// <summary>The composer's pre-submission check (R23, R28): every failed check, keyed by field; submission is disabled while any remains.</summary>
public sealed class CheckPromotionalTemplateHandler(IAppDbContext db)
{
    public async Task<PromotionalCheckDto> HandleAsync(Guid templateId, CancellationToken cancellationToken)
    {
        var template = await db.LoadTemplateAsync(templateId, cancellationToken);
        var findings = await PromotionalChecks.FindingsForSubmissionAsync(db, template, cancellationToken);
        return new PromotionalCheckDto(template.Id, template.MaterialId, template.Category == Domain.Templates.TemplateCategory.Promotional, findings.Count == 0, findings);
    }
}
