using CareDesk.Domain.Replies;

namespace CareDesk.Domain.Tests.Replies;

public sealed class OutboundMessageTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Refused_deliveries_back_off_doubling_and_respect_a_later_network_reset()
    {
        var message = OutboundMessage.Record(Guid.NewGuid(), "x-brand-us", "1", "Thank you", Noon);

        message.MarkRefused(Noon, "503", null);
        message.NextAttemptAt.ShouldBe(Noon.AddMinutes(1));
        message.MarkRefused(Noon, "503", null);
        message.NextAttemptAt.ShouldBe(Noon.AddMinutes(2));
        message.MarkRefused(Noon, "429", Noon.AddMinutes(15));
        message.NextAttemptAt.ShouldBe(Noon.AddMinutes(15));
        message.IsDue(Noon.AddMinutes(14)).ShouldBeFalse();
        message.Status.ShouldBe(OutboundMessage.Recorded);
    }

    [Fact]
    public void After_the_last_attempt_a_message_is_failed_and_no_longer_due()
    {
        var message = OutboundMessage.Record(Guid.NewGuid(), "x-brand-us", "1", "Thank you", Noon);

        for (var attempt = 0; attempt < OutboundMessage.MaxAttempts; attempt++)
        {
            message.MarkRefused(Noon, "503", null);
        }

        message.Status.ShouldBe(OutboundMessage.Failed);
        message.IsDue(Noon.AddDays(1)).ShouldBeFalse();
    }
}
