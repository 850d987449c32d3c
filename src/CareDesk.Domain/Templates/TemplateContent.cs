using CareDesk.Domain.Channels;
using CareDesk.Domain.Triage;

namespace CareDesk.Domain.Templates;

/// <summary>
/// Everything MLR reviews and signs for one template version (R50): wording, variables, where and for whom it may be
/// used, its dates, and the product label version its claims rest on (R51).
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
    TemplateAudience Audience = TemplateAudience.Public);
