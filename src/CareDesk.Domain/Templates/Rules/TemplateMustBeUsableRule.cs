using System.Globalization;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Common;

namespace CareDesk.Domain.Templates.Rules;

/// <summary>Only an approved, in-date version approved for the channel's kind and market can be sent (R24, R25, R46, R49).</summary>
public sealed class TemplateMustBeUsableRule(ResponseTemplate template, DateOnly today, ChannelKind channel, string market) : IBusinessRule
{
    public bool IsBroken() => !template.IsUsableOn(today, channel, market);

    public string Message => template.Status switch
    {
        TemplateStatus.Withdrawn => string.Create(CultureInfo.InvariantCulture, $"Template '{template.Name}' v{template.Version} withdrawn at {template.StatusChangedAt:yyyy-MM-dd HH:mm:ss} UTC: {template.StatusReason}"),
        not TemplateStatus.Approved => $"Template '{template.Name}' v{template.Version} is not approved ({template.Status}).",
        _ when today > template.ExpiresOn => string.Create(CultureInfo.InvariantCulture, $"Template '{template.Name}' ({template.JobCode}) expired on {template.ExpiresOn:yyyy-MM-dd}."),
        _ when today < template.EffectiveFrom => string.Create(CultureInfo.InvariantCulture, $"Template '{template.Name}' ({template.JobCode}) is effective only from {template.EffectiveFrom:yyyy-MM-dd}."),
        _ when !TemplateMarkets.Covers(template.Markets, market) => $"Template '{template.Name}' is not approved for {TemplateMarkets.Normalize(market)}.",
        _ => $"Template '{template.Name}' is not approved for {channel}.",
    };

    public string? Field => "templateId";
}
