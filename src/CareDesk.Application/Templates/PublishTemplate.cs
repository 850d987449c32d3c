using CareDesk.Application.Abstractions;
using CareDesk.Domain.Common;
using CareDesk.Domain.Templates.Rules;

namespace CareDesk.Application.Templates;

/// <summary>
/// The explicit "approved for distribution" step of R35 as an API call. The last required approval signature already makes
/// the version distributable (ADR-011: a separate publish click would be an unsigned step after the signed ones), so this
/// confirms that state and refuses, as a sequencing conflict, while any required role is still pending, and (R27) while a
/// "2253 required" version has no submitted date. It changes nothing.
/// </summary>
public sealed class PublishTemplateHandler(IAppDbContext db)
{
    public async Task<TemplateDto> HandleAsync(Guid templateId, CancellationToken cancellationToken)
    {
        var template = await db.LoadTemplateAsync(templateId, cancellationToken);
        BusinessRules.Check(new TemplateMustBeFullyApprovedRule(template));
        BusinessRules.Check(new Domain.Promotion.Rules.Fda2253MustBeSubmittedBeforeGoingLiveRule(template));
        return TemplateDto.Of(template);
    }
}
