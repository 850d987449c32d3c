using CareDesk.Application.Listening;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Listening.Anomalies;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Listening;

/// <summary>The detector on real SQLite with a fake clock: the hour 14:00-15:00 UTC of Monday 2026-11-23 against the same hour of the four Mondays before.</summary>
public sealed class AnomalyDetectionTests
{
    private static readonly DateTimeOffset Hour = ApplicationTestHost.Start;

    [Fact]
    public async Task HandleAsync_WhenAnHourBurstsAboveItsSeasonalBaseline_RaisesExactlyOneSpikeWithTheExpectedSeverity()
    {
        await using var host = await ListeningSteps.StartAsync();
        await SeedHistoryAsync(host, [4, 5, 6, 5]);
        await host.PostHourAsync(Hour, 40);
        host.AdvanceTime(TimeSpan.FromMinutes(65));

        var first = await host.DetectAsync();
        host.AdvanceTime(TimeSpan.FromMinutes(5));
        var second = await host.DetectAsync();

        first.AlertsRaised.ShouldBe(1);
        second.AlertsRaised.ShouldBe(0);
        var alert = await host.QueryAsync((db, ct) => db.ListeningAlerts.SingleAsync(ct));
        alert.Kind.ShouldBe(ListeningAlertKind.VolumeSpike);
        // median 5, scale √5 (Poisson floor), z = 35/√5 = 15.65 → 1 + ⌊2·log2(15.65/3.5)⌋ = 5.
        alert.Severity.ShouldBe(5);
        alert.Observed.ShouldBe(40);
        alert.Expected.ShouldBe(5);
        alert.WindowStart.ShouldBe(Hour);
        alert.PostIds.Count.ShouldBe(40);
    }

    [Fact]
    public async Task HandleAsync_WhenTheHourIsAsBusyAsUsual_RaisesNothing()
    {
        await using var host = await ListeningSteps.StartAsync();
        await SeedHistoryAsync(host, [4, 5, 6, 5]);
        await host.PostHourAsync(Hour, 6);
        host.AdvanceTime(TimeSpan.FromMinutes(65));

        var result = await host.DetectAsync();

        result.AlertsRaised.ShouldBe(0);
        (await host.QueryAsync((db, ct) => db.ListeningAlerts.CountAsync(ct))).ShouldBe(0);
    }

    [Fact]
    public async Task HandleAsync_WhenMostPostsTurnNegative_RaisesOneNegativeSurgeRatherThanTwoAlerts()
    {
        await using var host = await ListeningSteps.StartAsync();
        await SeedHistoryAsync(host, [10, 12, 11, 10]);
        for (var index = 0; index < 24; index++)
        {
            await host.PostAsync($"{ListeningSteps.DistinctText(index)} and it is awful", Hour.AddMinutes(2 * index + 1));
        }

        host.AdvanceTime(TimeSpan.FromMinutes(65));
        await host.DetectAsync();

        var alert = await host.QueryAsync((db, ct) => db.ListeningAlerts.SingleAsync(ct));
        alert.Kind.ShouldBe(ListeningAlertKind.NegativeSurge);
        alert.Summary.ShouldContain("24 negative posts against a median of 0");
    }

    [Fact]
    public async Task HandleAsync_WhenNewAccountsPostNearDuplicates_RaisesACoordinatedCampaignAlert()
    {
        await using var host = await ListeningSteps.StartAsync();
        await SeedHistoryAsync(host, [4, 5, 6, 5]);
        await host.PostAsync("Cardiozen refill went fine", Hour.AddMinutes(3), "@longtime");
        var copies = new[]
        {
            "Cardiozen hides its side effects from patients. Share this before they delete it! #wakeup",
            "cardiozen hides its side effects from patients share this before they delete it #wakeup",
            "Cardiozen hides its side effects from patients. Share this before they delete it!! #WakeUp",
            "CARDIOZEN hides its side effects from patients. Share this before they delete it! #wakeup #truth",
            "Cardiozen hides its side effects from patients... Share this before they delete it! #wakeup",
            "Cardiozen hides its side effects from patients. Share this before they delete it! #wakeup",
        };
        for (var index = 0; index < copies.Length; index++)
        {
            await host.PostAsync(copies[index], Hour.AddMinutes(10 + index), $"@fresh_account_{index}");
        }

        host.AdvanceTime(TimeSpan.FromMinutes(65));
        await host.DetectAsync();

        var alert = await host.QueryAsync((db, ct) => db.ListeningAlerts.SingleAsync(ct));
        alert.Kind.ShouldBe(ListeningAlertKind.CoordinatedCampaign);
        alert.Observed.ShouldBe(6);
        // cluster 6 of minimum 5, all six accounts new: 2 + ⌊2·log2(6/5)⌋ + 5 − 2 = 5.
        alert.Severity.ShouldBe(5);
        alert.Summary.ShouldContain("6 near-duplicate posts from 6 accounts, 6 of them new");
    }

    [Fact]
    public async Task HandleAsync_WhenTheSameTextComesFromEstablishedAccounts_RaisesNoCampaign()
    {
        await using var host = await ListeningSteps.StartAsync();
        for (var index = 0; index < 6; index++)
        {
            await host.PostAsync("Cardiozen refill went fine", Hour.AddDays(-30), $"@member_{index}");
            await host.PostAsync("Cardiozen hides its side effects from patients. Share this before they delete it!", Hour.AddMinutes(10 + index), $"@member_{index}");
        }

        host.AdvanceTime(TimeSpan.FromMinutes(65));
        var result = await host.DetectAsync();

        result.AlertsRaised.ShouldBe(0);
    }

    [Fact]
    public async Task HandleAsync_WhenTheBrandHashtagIsTakenOverByOffTopicPosts_RaisesAHashtagHijack()
    {
        await using var host = await ListeningSteps.StartAsync();
        await host.CreateQueryAsync();
        for (var index = 0; index < 10; index++)
        {
            await host.PostAsync($"Cardiozen {ListeningSteps.DistinctText(index)} #cardiozen", Hour.AddDays(-2).AddMinutes(index), "@fan");
            await host.PostAsync($"#cardiozen win {index * 3} free crypto tokens {index} giveaway", Hour.AddMinutes(5 * index + 1), $"@spammer_{index % 3}");
        }

        host.AdvanceTime(TimeSpan.FromMinutes(65));
        await host.DetectAsync();

        var alert = await host.QueryAsync((db, ct) => db.ListeningAlerts.SingleAsync(alert => alert.Kind == ListeningAlertKind.HashtagHijack, ct));
        alert.Observed.ShouldBe(10);
        alert.Summary.ShouldStartWith("#cardiozen: 10 of 10 posts negative or off-topic");
    }

    [Fact]
    public async Task HandleAsync_WhenARouteMatches_QueuesItsNotificationWithTheAlert()
    {
        await using var host = await ListeningSteps.StartAsync();
        host.SignInAs("sam", UserRole.Supervisor);
        await host.RunAsync((CreateAlertRoutingRuleHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new CreateAlertRoutingRuleCommand("Sam in app", 3, null, "Cardiozen", AlertDelivery.InApp, "sam", null), ct));
        await host.RunAsync((CreateAlertRoutingRuleHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new CreateAlertRoutingRuleCommand("Only severe", 8, null, null, AlertDelivery.Email, "crisis@caredesk.local", null), ct));
        await SeedHistoryAsync(host, [4, 5, 6, 5]);
        await host.PostHourAsync(Hour, 40);
        host.AdvanceTime(TimeSpan.FromMinutes(65));

        var result = await host.DetectAsync();
        var view = await host.RunAsync((ListListeningAlertsHandler handler, CancellationToken ct) => handler.HandleAsync(50, ct));

        result.NotificationsQueued.ShouldBe(1);
        view.MyNotifications.ShouldHaveSingleItem().Status.ShouldBe(AlertNotificationStatus.Sent);
        view.Alerts.ShouldHaveSingleItem().Brand.ShouldBe("Cardiozen");
    }

    /// <summary>Posts the given counts into the same hour of the previous weeks (1 week back first).</summary>
    private static async Task SeedHistoryAsync(ApplicationTestHost host, int[] countsByWeekBack)
    {
        for (var week = 1; week <= countsByWeekBack.Length; week++)
        {
            await host.PostHourAsync(SeasonalBaseline.SameHourWeeksBefore(Hour, week), countsByWeekBack[week - 1], "@regular");
        }
    }
}
