using CareDesk.Application.Cases;
using CareDesk.Application.Sla;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Sla;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Sla;

public sealed class SweepSlaClocksTests
{
    [Fact]
    public async Task HandleAsync_WhenRunTwiceAtTheSameTime_RaisesEachWarningAndBreachOnce()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        // An adverse event: first response due in 1 business hour (warning at 45 minutes), PV hand-off in 1 business day.
        await host.IngestAsync("Cardiozen gave me a pounding headache every morning");
        host.AdvanceTime(TimeSpan.FromHours(2));

        var first = await SweepAsync(host);
        var second = await SweepAsync(host);

        first.ShouldBe(new SweepResult(1, 1));
        second.ShouldBe(new SweepResult(0, 0));
        var alerts = await host.QueryAsync((db, ct) => db.SlaAlerts.ToListAsync(ct));
        alerts.Select(alert => (alert.ClockKind, alert.Kind)).ShouldBe(
            [(SlaClockKind.FirstResponse, SlaAlertKind.Warning), (SlaClockKind.FirstResponse, SlaAlertKind.Breach)], ignoreOrder: true);
    }

    [Fact]
    public async Task HandleAsync_WhenTheCaseIsWaitingOnTheCustomer_RaisesNothingEvenLongPastTheDueTime()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Where can I find the savings card?");
        await host.RunAsync((ChangeCaseStatusHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new ChangeCaseStatusCommand(post.CaseNumber, CaseStatus.Waiting, "Asked for their state"), ct));
        host.AdvanceTime(TimeSpan.FromDays(10));

        var result = await SweepAsync(host);

        result.ShouldBe(new SweepResult(0, 0));
        (await host.QueryAsync((db, ct) => db.SlaAlerts.CountAsync(ct))).ShouldBe(0);
    }

    private static Task<SweepResult> SweepAsync(ApplicationTestHost host) =>
        host.RunAsync((SweepSlaClocksHandler handler, CancellationToken ct) => handler.HandleAsync(ct));
}
