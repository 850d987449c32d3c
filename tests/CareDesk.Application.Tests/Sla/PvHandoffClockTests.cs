using CareDesk.Application.Cases;
using CareDesk.Application.Posts;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Sla;

namespace CareDesk.Application.Tests.Sla;

public sealed class PvHandoffClockTests
{
    [Fact]
    public async Task IngestPost_WhenAnAdverseEventArrivesFridayAfternoonInNewYork_IsDueMondayAtTheSameLocalTime()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        // Friday 2026-11-27 16:30 in New York (EST, UTC-5), the day after Thanksgiving: a working day on the US calendar
        // (08:00-20:00, Mon-Fri). One business day later at the same local time skips the weekend: Monday 16:30 EST.
        var receivedAt = new DateTimeOffset(2026, 11, 27, 21, 30, 0, TimeSpan.Zero);
        host.AdvanceTime(receivedAt - host.Time.GetUtcNow());
        var post = await host.RunAsync((IngestPostHandler handler, CancellationToken ct) =>
            handler.HandleAsync(ApplicationTestHost.NewPost("Since Friday my ankles swell up every evening", receivedAt), ct));

        var details = await host.RunAsync((GetCaseDetailsHandler handler, CancellationToken ct) => handler.HandleAsync(new GetCaseDetailsQuery(post.CaseNumber), ct));

        var clock = details.Case.Clocks.Single(item => item.Kind == SlaClockKind.PvHandoff);
        clock.StartedAt.ShouldBe(receivedAt);
        clock.DueAt.ShouldBe(new DateTimeOffset(2026, 11, 30, 21, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task IngestPost_WhenAnAdverseEventArrivesOnThanksgiving_CountsFromFridayMorning()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        // Thursday 2026-11-26 12:00 in New York is a US holiday: the clock starts Friday 08:00 and is due Monday 08:00 EST.
        var receivedAt = new DateTimeOffset(2026, 11, 26, 17, 0, 0, TimeSpan.Zero);
        host.AdvanceTime(receivedAt - host.Time.GetUtcNow());
        var post = await host.RunAsync((IngestPostHandler handler, CancellationToken ct) =>
            handler.HandleAsync(ApplicationTestHost.NewPost("The tablets made me vomit twice today", receivedAt), ct));

        var details = await host.RunAsync((GetCaseDetailsHandler handler, CancellationToken ct) => handler.HandleAsync(new GetCaseDetailsQuery(post.CaseNumber), ct));

        details.Case.Clocks.Single(item => item.Kind == SlaClockKind.PvHandoff).DueAt.ShouldBe(new DateTimeOffset(2026, 11, 30, 13, 0, 0, TimeSpan.Zero));
    }
}
