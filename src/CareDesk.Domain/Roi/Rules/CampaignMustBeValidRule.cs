using System.Text.RegularExpressions;
using CareDesk.Domain.Common;

namespace CareDesk.Domain.Roi.Rules;

/// <summary>A campaign is a short slug (it becomes utm_campaign): letters, digits, dashes and underscores.</summary>
public sealed partial class CampaignMustBeValidRule(string? campaign) : IBusinessRule
{
    public bool IsBroken() => campaign is null || !Pattern().IsMatch(campaign.Trim());

    public string Message => $"The campaign must be 1-{TrackedLink.MaxCampaignLength} letters, digits, dashes or underscores.";

    public string? Field => "campaign";

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_\-]{0,63}$")]
    private static partial Regex Pattern();
}
