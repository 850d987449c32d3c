using CareDesk.Domain.Common;
using CareDesk.Domain.Retention;

namespace CareDesk.Domain.Tests.Retention;

public sealed class RetentionPolicyTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(RecordClass.AdverseEventCase)]
    [InlineData(RecordClass.SpecialSituationCase)]
    [InlineData(RecordClass.AuditTrail)]
    public void R38_PV_record_classes_cannot_be_kept_less_than_MA_plus_10_years(RecordClass recordClass)
    {
        var refused = Should.Throw<BusinessRuleViolationException>(() => RetentionPolicy.Set(recordClass, 9, "ada", At));

        refused.Message.ShouldContain("below legal floor (MA + 10y)");
        RetentionPolicy.Set(recordClass, 10, "ada", At).Years.ShouldBe(10);
    }

    [Fact]
    public void Care_conversations_may_be_shortened_to_one_year_but_no_period_exceeds_a_century()
    {
        var policy = RetentionPolicy.Set(RecordClass.CareConversation, 1, "ada", At);

        Should.Throw<BusinessRuleViolationException>(() => policy.Change(0, "ada", At));
        Should.Throw<BusinessRuleViolationException>(() => policy.Change(1000, "ada", At));
        policy.Years.ShouldBe(1);
    }
}
