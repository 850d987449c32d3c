using CareDesk.Domain.Channels;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Triage;
using CareDesk.Domain.Users;

namespace CareDesk.Application.Templates;

/// <summary>One template version with its MLR metadata (R50), lifecycle state (R46), pending roles (R47) and expiry warning (R49).</summary>
public sealed record TemplateDto(Guid Id, Guid FamilyId, string Name, string JobCode, int Version, string MaterialId, string Body,
    IReadOnlyList<TemplateVariable> Variables, IReadOnlyList<TriageLabel> Labels, IReadOnlyList<ChannelKind> ChannelKinds, IReadOnlyList<string> Markets,
    TemplateCategory Category, DateOnly DateOfPreparation, DateOnly EffectiveFrom, DateOnly ExpiresOn, Guid? BrandId, string? LabelVersion,
    TemplateStatus Status, string? StatusReason, DateTimeOffset? StatusChangedAt, string Author, IReadOnlyList<TemplateApproval> Approvals,
    IReadOnlyList<ReviewerRole> PendingRoles, string ApprovedBy, DateTimeOffset? ApprovedAt, int? ExpiresInDays,
    TemplateAudience Audience = TemplateAudience.Public)
{
    /// <summary>How many days ahead an approved version's coming expiry is flagged on the library and in the API (R49).</summary>
    public const int ExpiryWarningDays = 30;

    public bool ExpiryWarning => ExpiresInDays is not null;

    /// <summary>Promotional metadata (R22, R23, R27).</summary>
    public bool Siuu { get; init; }

    public string? BenefitClaim { get; init; }

    public bool Fda2253Required { get; init; }

    public DateOnly? Fda2253SubmittedOn { get; init; }

    public DateTimeOffset? FirstDisseminatedAt { get; init; }

    public static TemplateDto Of(ResponseTemplate template) => Of(template, null);

    public static TemplateDto Of(ResponseTemplate template, DateOnly? today) => new(template.Id, template.FamilyId, template.Name, template.JobCode,
        template.Version, template.MaterialId, template.Body, template.Variables, template.Labels, template.ChannelKinds, template.Markets, template.Category,
        template.DateOfPreparation, template.EffectiveFrom, template.ValidUntil, template.BrandId, template.LabelVersion, template.Status, template.StatusReason,
        template.StatusChangedAt, template.Author, template.Approvals, template.PendingRoles.ToList(), template.ApprovedBy, template.ApprovedAt,
        today is { } day ? template.DaysUntilExpiry(day, ExpiryWarningDays) : null, template.Audience)
    {
        Siuu = template.Siuu,
        BenefitClaim = template.BenefitClaim,
        Fda2253Required = template.Fda2253Required,
        Fda2253SubmittedOn = template.Fda2253SubmittedOn,
        FirstDisseminatedAt = template.FirstDisseminatedAt,
    };
}
