using CareDesk.Application.Sla;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Sla;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Sla;

/// <summary>
/// Several CareDesk.Worker processes sweep one database (ADR-020). Each sweeper here has its own scope, DbContext and
/// connection, like a separate process; they start at the same instant on the same due clocks.
/// </summary>
public sealed class ConcurrentSweepTests
{
    [Fact]
    public async Task Sweep_WhenFourSweepersRaceOnTheSameDatabase_RaisesAndEscalatesEachBreachExactlyOnce()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var opened = new List<Priority>();
        for (var i = 0; i < 6; i++)
        {
            opened.Add((await host.IngestAsync($"Where can I find the savings card for store number {i}?")).Priority);
        }

        // Long past every first-response target: one warning and one breach per case are due.
        host.AdvanceTime(TimeSpan.FromDays(3));

        using var start = new SemaphoreSlim(0);
        var sweepers = Enumerable.Range(0, 4).Select(_ => host.RunAsync(async (SweepSlaClocksHandler handler, CancellationToken ct) =>
        {
            await start.WaitAsync(ct);
            return await handler.HandleAsync(ct);
        })).ToList();
        start.Release(sweepers.Count);
        var results = await Task.WhenAll(sweepers);

        // Every sweeper finished without an error, and between them they raised each alert once.
        results.Sum(result => result.Breaches).ShouldBe(6);
        results.Sum(result => result.Warnings).ShouldBe(6);
        var alerts = await host.QueryAsync((db, ct) => db.SlaAlerts.ToListAsync(ct));
        alerts.Count(alert => alert.Kind == SlaAlertKind.Breach).ShouldBe(6);
        alerts.GroupBy(alert => (alert.ClockId, alert.Kind)).ShouldAllBe(group => group.Count() == 1);
        var breachAudits = await host.QueryAsync((db, ct) => db.AuditEntries.CountAsync(entry => entry.Action == "sla.breached", ct));
        breachAudits.ShouldBe(6);
        // A breach raises the case one priority step; two sweepers escalating it would have raised it two.
        var priorities = await host.QueryAsync((db, ct) => db.Cases.Select(item => item.Priority).ToListAsync(ct));
        opened.ShouldAllBe(priority => priority < Priority.High);
        priorities.ShouldBe(opened.Select(priority => priority + 1), ignoreOrder: true);
    }
}
