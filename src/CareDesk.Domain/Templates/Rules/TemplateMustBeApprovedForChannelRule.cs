using CareDesk.Domain.Channels;
using CareDesk.Domain.Common;

namespace CareDesk.Domain.Templates.Rules;

/// <summary>A version is used only on the channel kinds and in the markets it was approved for (R24, R25).</summary>
public sealed class TemplateMustBeApprovedForChannelRule(ResponseTemplate template, ChannelKind channel, string market) : IUnprocessableRule
{
    public bool IsBroken() => !TemplateMarkets.Covers(template.Markets, market) || (template.ChannelKinds.Count > 0 && !template.ChannelKinds.Contains(channel));

    public string Message => !TemplateMarkets.Covers(template.Markets, market)
        ? $"Template not approved for {TemplateMarkets.Normalize(market)}: '{template.Name}' ({template.MaterialId}) is approved for {string.Join(", ", template.Markets)}."
        : $"Template not approved for {channel}: '{template.Name}' ({template.MaterialId}) is approved for {string.Join(", ", template.ChannelKinds)}.";

    public string? Field => "templateId";
}
