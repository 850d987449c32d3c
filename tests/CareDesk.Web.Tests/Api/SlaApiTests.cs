using System.Net.Http.Json;
using CareDesk.Application.Common;
using CareDesk.Application.Sla;
using CareDesk.Domain.Sla;
using CareDesk.Domain.Triage;
using CareDesk.Web.Tests.Infrastructure;

namespace CareDesk.Web.Tests.Api;

/// <summary>Each test owns its factory: they move the fake clock, which would disturb other tests.</summary>
public sealed class SlaApiTests
{
    [Fact]
    public async Task AdverseEventClock_WarnsAt45MinutesAndBreachesAt60_OnUsBusinessHours()
    {
        await using var factory = new CareDeskApplicationFactory();
        var client = await factory.SignInAsAgentAsync();
        var post = await client.IngestAsync("Cardiozen gave me a terrible rash and my ankles swell every evening");

        factory.Time.Advance(TimeSpan.FromMinutes(46));
        await factory.SweepSlaAsync();
        var warned = await client.GetCaseAsync(post.CaseNumber);
        factory.Time.Advance(TimeSpan.FromMinutes(15));
        await factory.SweepSlaAsync();
        var breached = await client.GetCaseAsync(post.CaseNumber);

        var due = CareDeskApplicationFactory.Start.AddHours(1);
        warned.Case.Clocks.Single(clock => clock.Kind == SlaClockKind.FirstResponse).State.ShouldBe("warning");
        var clock = breached.Case.Clocks.Single(clock => clock.Kind == SlaClockKind.FirstResponse);
        clock.DueAt.ShouldBe(due);
        clock.State.ShouldBe("breached");
        breached.Case.Priority.ShouldBe(Priority.Urgent);
        var alerts = await client.GetFromJsonAsync<List<SlaAlertDto>>("/api/sla-alerts", CareDeskJson.Options, TestContext.Current.CancellationToken);
        alerts!.Where(alert => alert.CaseNumber == post.CaseNumber && alert.ClockKind == SlaClockKind.FirstResponse)
            .Select(alert => alert.Kind).ShouldBe([SlaAlertKind.Breach, SlaAlertKind.Warning], ignoreOrder: true);
    }

    [Fact]
    public async Task BackgroundSweeper_WhenTheClockPassesWarningTime_RaisesTheWarningByItself()
    {
        await using var factory = new CareDeskApplicationFactory();
        var client = await factory.SignInAsAgentAsync();
        var post = await client.IngestAsync("Where can I find the copay card?");

        factory.Time.Advance(TimeSpan.FromHours(3.1));

        var alerts = await Poller.UntilAsync(
            async () => await client.GetFromJsonAsync<List<SlaAlertDto>>("/api/sla-alerts", CareDeskJson.Options),
            list => list!.Any(alert => alert.CaseNumber == post.CaseNumber && alert.Kind == SlaAlertKind.Warning));
        alerts!.ShouldContain(alert => alert.CaseNumber == post.CaseNumber && alert.Kind == SlaAlertKind.Warning);
    }

    [Fact]
    public async Task WaitingOnCustomer_PausesTheResponseClockButNotThePvClock()
    {
        await using var factory = new CareDeskApplicationFactory();
        var client = await factory.SignInAsAgentAsync();
        var post = await client.IngestAsync("The tablets made me vomit twice");
        var before = await client.GetCaseAsync(post.CaseNumber);

        await client.PostJsonAsync($"/api/cases/{post.CaseNumber}/status", new { status = "waiting" });
        factory.Time.Advance(TimeSpan.FromMinutes(20));
        await client.PostJsonAsync($"/api/cases/{post.CaseNumber}/status", new { status = "open" });
        var after = await client.GetCaseAsync(post.CaseNumber);

        Due(after, SlaClockKind.FirstResponse).ShouldBe(Due(before, SlaClockKind.FirstResponse).AddMinutes(20));
        Due(after, SlaClockKind.PvHandoff).ShouldBe(Due(before, SlaClockKind.PvHandoff));
    }

    [Fact]
    public async Task SaveCalendar_WithUnknownTimeZone_Returns400NamingTimeZoneId()
    {
        await using var factory = new CareDeskApplicationFactory();
        var client = await factory.SignInAsSupervisorAsync();

        var response = await client.PutAsJsonAsync("/api/calendars/MARS", new { name = "Mars", timeZoneId = "Mars/Olympus", opensAt = "09:00:00", closesAt = "17:00:00", workingDays = new[] { "monday" } },
            CareDeskJson.Options, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        (await response.ProblemErrorsAsync())["timeZoneId"].Single().ShouldContain("Mars/Olympus");
    }

    private static DateTimeOffset Due(Application.Cases.CaseDetailsDto details, SlaClockKind kind) =>
        details.Case.Clocks.Single(clock => clock.Kind == kind).DueAt;
}
