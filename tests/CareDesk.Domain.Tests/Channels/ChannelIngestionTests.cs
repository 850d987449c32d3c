using CareDesk.Domain.Channels;
using CareDesk.Domain.Common;

namespace CareDesk.Domain.Tests.Channels;

public sealed class ChannelIngestionTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static Channel NewChannel() => Channel.Create("x-brand-us", "Brand on X", ChannelKind.X, Guid.NewGuid(), "US", true);

    [Fact]
    public void Switching_ingestion_on_starts_the_gap_clock_and_keeps_its_start_when_saved_again()
    {
        var channel = NewChannel();

        channel.ConfigureIngestion(true, " 2244994945 ", null, TimeSpan.FromMinutes(5), TimeSpan.FromHours(4), Noon);
        channel.ConfigureIngestion(true, "2244994945", null, TimeSpan.FromMinutes(10), TimeSpan.FromHours(4), Noon.AddHours(1));

        channel.IngestionEnabled.ShouldBeTrue();
        channel.AccountId.ShouldBe("2244994945");
        channel.IngestionEnabledAt.ShouldBe(Noon);
        channel.ScreeningInterval.ShouldBe(TimeSpan.FromMinutes(10));
    }

    [Fact]
    public void Only_a_changed_listening_query_gets_a_new_version()
    {
        var channel = NewChannel();

        channel.ConfigureIngestion(true, "a", "cardiozen", TimeSpan.FromMinutes(5), TimeSpan.FromHours(4), Noon).ShouldBeTrue();
        channel.ConfigureIngestion(true, "a", " cardiozen ", TimeSpan.FromMinutes(5), TimeSpan.FromHours(4), Noon).ShouldBeFalse();
        channel.ConfigureIngestion(true, "a", "cardiozen OR cardiozin", TimeSpan.FromMinutes(5), TimeSpan.FromHours(4), Noon).ShouldBeTrue();

        channel.ListeningQueryVersion.ShouldBe(2);
    }

    [Theory]
    [InlineData(0.5, 60, "screeningInterval")]
    [InlineData(10, 10, "maxScreeningGap")]
    [InlineData(10, 60 * 24 * 8, "maxScreeningGap")]
    public void An_unworkable_schedule_is_refused_naming_the_field(double intervalMinutes, double gapMinutes, string field)
    {
        var refused = Should.Throw<BusinessRuleViolationException>(() =>
            NewChannel().ConfigureIngestion(true, "a", null, TimeSpan.FromMinutes(intervalMinutes), TimeSpan.FromMinutes(gapMinutes), Noon));

        refused.Rule.Field.ShouldBe(field);
    }

    [Fact]
    public void A_gap_is_measured_from_the_last_success_or_from_switch_on_and_only_once_it_is_exceeded()
    {
        var channel = NewChannel();
        channel.ConfigureIngestion(true, "a", null, TimeSpan.FromMinutes(5), TimeSpan.FromHours(4), Noon);
        var health = ChannelHealth.For(channel.Id);

        ScreeningGapAlert.Check(channel, null, Noon.AddHours(4)).ShouldBeNull();
        ScreeningGapAlert.Check(channel, null, Noon.AddHours(4).AddMinutes(1)).ShouldNotBeNull().LastIngestedAt.ShouldBeNull();
        health.RecordSuccess(Noon.AddHours(3), "cp", 2, channel.ScreeningInterval);
        ScreeningGapAlert.Check(channel, health, Noon.AddHours(7)).ShouldBeNull();
        ScreeningGapAlert.Check(channel, health, Noon.AddHours(7).AddMinutes(1))!.LastIngestedAt.ShouldBe(Noon.AddHours(3));
    }

    [Fact]
    public void A_refusal_waits_for_the_networks_reset_but_an_error_without_one_waits_one_interval()
    {
        var health = ChannelHealth.For(Guid.NewGuid());

        health.RecordFailure(Noon, "429", Noon.AddMinutes(15), rateLimited: true, TimeSpan.FromMinutes(5));
        health.IsDue(Noon.AddMinutes(14)).ShouldBeFalse();
        health.IsDue(Noon.AddMinutes(15)).ShouldBeTrue();
        health.RequestImmediatePoll(Noon.AddMinutes(1));
        health.NextAttemptAt.ShouldBe(Noon.AddMinutes(15));

        health.RecordFailure(Noon, "connection refused", null, rateLimited: false, TimeSpan.FromMinutes(5));
        health.NextAttemptAt.ShouldBe(Noon.AddMinutes(5));
        health.RecordSuccess(Noon.AddMinutes(6), null, 0, TimeSpan.FromMinutes(5));
        health.RateLimited.ShouldBeFalse();
        health.LastError.ShouldBe("connection refused");
    }
}
