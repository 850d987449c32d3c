using System.Globalization;
using CareDesk.Domain.Common;

namespace CareDesk.Domain.Templates.Rules;

/// <summary>
/// Only an approved version within its effective and expiry dates can be sent (R24, R49). Retired versions and the
/// channel's market are checked by their own rules, which answer 410 and 422.
/// </summary>
public sealed class TemplateMustBeUsableRule(ResponseTemplate template, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => template.Status != TemplateStatus.Approved || today < template.EffectiveFrom || today > template.ValidUntil;

    public string Message => template.Status switch
    {
        not TemplateStatus.Approved => $"Template '{template.Name}' v{template.Version} is not approved ({template.Status}).",
        _ when today > template.ValidUntil => string.Create(CultureInfo.InvariantCulture, $"Template '{template.Name}' ({template.JobCode}) expired on {template.ValidUntil:yyyy-MM-dd}."),
        _ => string.Create(CultureInfo.InvariantCulture, $"Template '{template.Name}' ({template.JobCode}) is effective only from {template.EffectiveFrom:yyyy-MM-dd}."),
    };

    public string? Field => "templateId";
}
