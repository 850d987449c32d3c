using CareDesk.Domain.Common;

namespace CareDesk.Domain.Templates.Rules;

/// <summary>A version is approved for distribution only after every required role approved it (R35 operational sequencing, R47).</summary>
public sealed class TemplateMustBeFullyApprovedRule(ResponseTemplate template) : ISequencingRule
{
    public bool IsBroken() => template.Status != TemplateStatus.Approved;

    public string Message => template.Status == TemplateStatus.InReview
        ? $"Sequencing: {template.MaterialId} cannot be published while {string.Join(", ", template.PendingRoles)} review is pending."
        : $"Sequencing: {template.MaterialId} cannot be published from {template.Status}.";

    public string? Field => "status";
}
