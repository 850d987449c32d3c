using CareDesk.Domain.Common;
using CareDesk.Domain.Roi.Rules;

namespace CareDesk.Domain.Roi;

/// <summary>
/// What the care effort cost: either a flat cost per conversation, or an agent cost per hour times the minutes a
/// conversation takes; plus the campaign's own cost (media, printing, partner fees).
/// </summary>
public sealed record RoiCosts(decimal? CostPerConversation, decimal? AgentCostPerHour, decimal? MinutesPerConversation, decimal CampaignCost)
{
    public static readonly RoiCosts None = new(null, null, null, 0);

    public static RoiCosts Create(decimal? costPerConversation, decimal? agentCostPerHour, decimal? minutesPerConversation, decimal? campaignCost)
    {
        var costs = new RoiCosts(costPerConversation, agentCostPerHour, minutesPerConversation, campaignCost ?? 0);
        BusinessRules.Check(new RoiCostsMustBeConsistentRule(costs));
        return costs;
    }

    /// <summary>The cost of one conversation under whichever cost model was given; zero when none was.</summary>
    public decimal PerConversation => CostPerConversation ?? (AgentCostPerHour * MinutesPerConversation / 60m) ?? 0m;
}

/// <summary>The funnel of one brand and period with its money: conversations, then link clicks, then redemptions.</summary>
public sealed record RoiFigures(int Conversations, int Clicks, int Redemptions, decimal ReturnValue, RoiCosts Costs)
{
    public decimal ConversationCost => Conversations * Costs.PerConversation;

    public decimal TotalCost => ConversationCost + Costs.CampaignCost;

    public decimal NetReturn => ReturnValue - TotalCost;

    /// <summary>(return - cost) / cost, e.g. 1.5 for 150 %; null when nothing was spent, where the ratio means nothing.</summary>
    public decimal? ReturnOnInvestment => TotalCost == 0 ? null : Math.Round(NetReturn / TotalCost, 4);

    /// <summary>Clicks per conversation (can exceed 1: one conversation's link may be followed many times).</summary>
    public decimal? ClicksPerConversation => Conversations == 0 ? null : Math.Round((decimal)Clicks / Conversations, 4);

    public decimal? RedemptionsPerConversation => Conversations == 0 ? null : Math.Round((decimal)Redemptions / Conversations, 4);

    public decimal? CostPerRedemption => Redemptions == 0 ? null : Math.Round(TotalCost / Redemptions, 2);
}
