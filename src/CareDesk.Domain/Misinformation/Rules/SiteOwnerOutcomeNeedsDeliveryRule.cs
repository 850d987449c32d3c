using CareDesk.Domain.Common;

namespace CareDesk.Domain.Misinformation.Rules;

public sealed class SiteOwnerOutcomeNeedsDeliveryRule(CorrectionDelivery? delivery) : ISequencingRule
{
    public bool IsBroken() => delivery is null;

    public string Message => "Sequencing: record the site owner's action only after the correction was posted or sent.";

    public string? Field => "siteOwnerActed";
}
