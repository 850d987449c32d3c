using System.Globalization;
using CareDesk.Domain.Common;

namespace CareDesk.Domain.Templates.Rules;

/// <summary>
/// An expired, withdrawn or superseded version is gone for good (R46, R49): an agent who still has it open in the composer
/// learns when and why it was retired.
/// </summary>
public sealed class TemplateMustNotBeRetiredRule(ResponseTemplate template) : IGoneRule
{
    public bool IsBroken() => template.Status is TemplateStatus.Expired or TemplateStatus.Withdrawn or TemplateStatus.Superseded;

    public string Message => template.Status switch
    {
        TemplateStatus.Expired => string.Create(CultureInfo.InvariantCulture, $"Template '{template.Name}' ({template.MaterialId}) expired on {template.ValidUntil:yyyy-MM-dd}."),
        _ => string.Create(CultureInfo.InvariantCulture,
            $"Template '{template.Name}' v{template.Version} {template.Status.ToString().ToLowerInvariant()} at {template.StatusChangedAt:yyyy-MM-dd HH:mm:ss} UTC: {template.StatusReason}"),
    };

    public string? Field => "templateId";
}
