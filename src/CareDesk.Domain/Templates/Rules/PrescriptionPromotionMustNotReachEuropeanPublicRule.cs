using CareDesk.Domain.Channels;
using CareDesk.Domain.Common;

namespace CareDesk.Domain.Templates.Rules;

/// <summary>
/// Dir 2001/83/EC Art 88(1) and the UK rules: a promotional template for a UK/EU market may not be approved for a
/// public channel (R25). No channel restriction counts as every channel, so it is refused too.
/// </summary>
public sealed class PrescriptionPromotionMustNotReachEuropeanPublicRule(
    TemplateCategory category, IReadOnlyCollection<string> markets, IReadOnlyCollection<ChannelKind> channels) : IBusinessRule
{
    public static bool IsPublic(ChannelKind kind) => kind is not (ChannelKind.WebChat or ChannelKind.Email);

    public bool IsBroken() => category == TemplateCategory.Promotional && markets.Any(TemplateMarkets.BansPublicPromotion)
        && (channels.Count == 0 || channels.Any(IsPublic));

    public string Message =>
        $"A promotional template for {string.Join(", ", markets.Where(TemplateMarkets.BansPublicPromotion))} cannot be used on public channels: prescription medicines may not be promoted to the public in the UK or EU.";

    public string? Field => "category";
}
