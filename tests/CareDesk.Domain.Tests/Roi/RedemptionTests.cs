using CareDesk.Domain.Common;
using CareDesk.Domain.Roi;

namespace CareDesk.Domain.Tests.Roi;

public sealed class RedemptionTests
{
    private static readonly DateTimeOffset Issued = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    private static RedemptionCode Code() =>
        RedemptionCode.ForConversation(CouponCode.NewCode(), Guid.NewGuid(), Guid.NewGuid(), 7, Guid.NewGuid(), null, "winter", "alice", Issued);

    [Fact]
    public void A_redemption_keeps_the_partner_id_value_and_currency()
    {
        var redemption = Redemption.Record(" R-1 ", Code(), Issued.AddDays(1), 25.5m, "usd", "api", "sam", Issued.AddDays(2));

        redemption.RedemptionId.ShouldBe("R-1");
        redemption.Currency.ShouldBe("USD");
        redemption.Value.ShouldBe(25.5m);
    }

    [Theory]
    [InlineData("", 1, "USD", "redemptionId")]
    [InlineData("R-1", -1, "USD", "value")]
    [InlineData("R-1", 1, "dollars", "currency")]
    public void Incomplete_redemptions_are_refused_by_field(string id, int value, string currency, string field) =>
        Should.Throw<BusinessRuleViolationException>(() => Redemption.Record(id, Code(), Issued.AddDays(1), value, currency, "api", "sam", Issued))
            .Rule.Field.ShouldBe(field);

    [Fact]
    public void A_code_cannot_be_redeemed_before_it_was_issued() =>
        Should.Throw<BusinessRuleViolationException>(() => Redemption.Record("R-1", Code(), Issued.AddMinutes(-1), 1, "USD", "csv", "sam", Issued))
            .Rule.Field.ShouldBe("redeemedAt");
}
