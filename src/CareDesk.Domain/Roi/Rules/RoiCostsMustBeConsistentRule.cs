using CareDesk.Domain.Common;

namespace CareDesk.Domain.Roi.Rules;

/// <summary>Costs are not negative, and a conversation is costed one way: per conversation, or per agent hour with the minutes it takes.</summary>
public sealed class RoiCostsMustBeConsistentRule(RoiCosts costs) : IBusinessRule
{
    public bool IsBroken() => Problem is not null;

    public string Message => Problem?.Message ?? string.Empty;

    public string? Field => Problem?.Field;

    private (string Field, string Message)? Problem => costs switch
    {
        { CostPerConversation: < 0 } => ("costPerConversation", "The cost per conversation must not be negative."),
        { AgentCostPerHour: < 0 } => ("agentCostPerHour", "The agent cost per hour must not be negative."),
        { MinutesPerConversation: < 0 } => ("minutesPerConversation", "The minutes per conversation must not be negative."),
        { CampaignCost: < 0 } => ("campaignCost", "The campaign cost must not be negative."),
        { CostPerConversation: not null, AgentCostPerHour: not null } => ("costPerConversation", "Give a cost per conversation or an agent cost per hour, not both."),
        { AgentCostPerHour: not null, MinutesPerConversation: null } => ("minutesPerConversation", "An agent cost per hour needs the minutes a conversation takes."),
        _ => null,
    };
}
