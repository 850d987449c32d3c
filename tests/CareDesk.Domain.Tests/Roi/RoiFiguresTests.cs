using CareDesk.Domain.Common;
using CareDesk.Domain.Roi;

namespace CareDesk.Domain.Tests.Roi;

public sealed class RoiFiguresTests
{
    [Fact]
    public void Agent_hours_and_campaign_cost_against_redemption_value()
    {
        var costs = RoiCosts.Create(null, agentCostPerHour: 48m, minutesPerConversation: 15m, campaignCost: 200m);

        var figures = new RoiFigures(Conversations: 40, Clicks: 25, Redemptions: 10, ReturnValue: 1000m, costs);

        figures.ConversationCost.ShouldBe(480m);
        figures.TotalCost.ShouldBe(680m);
        figures.NetReturn.ShouldBe(320m);
        figures.ReturnOnInvestment.ShouldBe(0.4706m);
        figures.ClicksPerConversation.ShouldBe(0.625m);
        figures.RedemptionsPerConversation.ShouldBe(0.25m);
        figures.CostPerRedemption.ShouldBe(68m);
    }

    [Fact]
    public void A_flat_cost_per_conversation()
    {
        var figures = new RoiFigures(10, 4, 2, 50m, RoiCosts.Create(costPerConversation: 5m, null, null, null));

        figures.TotalCost.ShouldBe(50m);
        figures.ReturnOnInvestment.ShouldBe(0m);
    }

    [Fact]
    public void Without_costs_or_conversations_the_ratios_are_absent_rather_than_infinite()
    {
        var figures = new RoiFigures(0, 0, 0, 0m, RoiCosts.None);

        figures.ReturnOnInvestment.ShouldBeNull();
        figures.ClicksPerConversation.ShouldBeNull();
        figures.CostPerRedemption.ShouldBeNull();
    }

    [Theory]
    [InlineData(5, 40, 10, "costPerConversation")]
    [InlineData(null, 40, null, "minutesPerConversation")]
    [InlineData(-1, null, null, "costPerConversation")]
    public void Inconsistent_cost_inputs_are_refused_by_field(int? perConversation, int? perHour, int? minutes, string field)
    {
        var refused = Should.Throw<BusinessRuleViolationException>(() => RoiCosts.Create(perConversation, perHour, minutes, null));

        refused.Rule.Field.ShouldBe(field);
    }
}
