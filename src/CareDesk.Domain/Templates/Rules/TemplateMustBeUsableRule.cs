using System.Globalization;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Common;

namespace CareDesk.Domain.Templates.Rules;

public sealed class TemplateMustBeUsableRule(ResponseTemplate template, DateOnly today, ChannelKind channel) : IBusinessRule
{
    public bool IsBroken() => !template.IsUsableOn(today, channel);

    public string Message => template.Status != TemplateStatus.Approved
        ? $"Template '{template.Name}' v{template.Version} is not approved."
        : today > template.ExpiresOn
            ? string.Create(CultureInfo.InvariantCulture, $"Template '{template.Name}' ({template.JobCode}) expired on {template.ExpiresOn:yyyy-MM-dd}.")
            : $"Template '{template.Name}' is not approved for {channel}.";

    public string? Field => "templateId";
}
