using CareDesk.Domain.Channels;
using CareDesk.Domain.Triage;

namespace CareDesk.Domain.Templates;

/// <summary>
/// Everything MLR reviews and signs for one template version (R50): wording, variables, where and for whom it may be
/// used, its dates, the product label version its claims rest on (R51), whether it is scientific information on unapproved
/// use (SIUU, R22) and the benefit or indication claim a promotional post makes (R23; none means a reminder post).
/// </summary>
public sealed record TemplateContent(
    string Name,
    string JobCode,
    string Body,
    IReadOnlyList<TemplateVariable> Variables,
    IReadOnlyList<TriageLabel> Labels,
    IReadOnlyList<ChannelKind> ChannelKinds,
    IReadOnlyList<string> Markets,
    TemplateCategory Category,
    DateOnly DateOfPreparation,
    DateOnly EffectiveFrom,
    DateOnly ExpiresOn,
    Guid? BrandId = null,
    string? LabelVersion = null,
    bool Siuu = false,
    string? BenefitClaim = null,
    TemplateAudience Audience = TemplateAudience.Public);
