using CareDesk.Application.Cases;
using CareDesk.Application.Sla;
using CareDesk.Domain.Sla;
using CareDesk.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Persistence.Tests;

/// <summary>SLA clocks are data: due-time range queries and ordering must agree on every provider (ADR-003).</summary>
public sealed class SlaClockTests(PostgresServer server)
{
    [Theory, ProviderData]
    public async Task SweepSlaClocks_WhenTwoHoursPassAfterAnAdverseEvent_RaisesTheWarningAndBreachOnce(string provider)
    {
        await using var database = await TestDatabase.CreateSeededAsync(provider, server);
        // An adverse event: first response due in 1 business hour (warning at 45 minutes), PV hand-off in 1 business day.
        await database.IngestAsync("Cardiozen gave me a pounding headache every morning");
        database.Time.Advance(TimeSpan.FromHours(2));

        var first = await SweepAsync(database);
        var second = await SweepAsync(database);

        first.ShouldBe(new SweepResult(1, 1));
        second.ShouldBe(new SweepResult(0, 0));
        var alerts = await database.QueryAsync((db, ct) => db.SlaAlerts.Select(alert => new { alert.ClockKind, alert.Kind }).ToListAsync(ct));
        alerts.Select(alert => (alert.ClockKind, alert.Kind)).ShouldBe(
            [(SlaClockKind.FirstResponse, SlaAlertKind.Warning), (SlaClockKind.FirstResponse, SlaAlertKind.Breach)], ignoreOrder: true);
    }

    [Theory, ProviderData]
    public async Task SweepSlaClocks_WhenOnlyThirtyMinutesPass_RaisesNothing(string provider)
    {
        await using var database = await TestDatabase.CreateSeededAsync(provider, server);
        await database.IngestAsync("Cardiozen gave me a pounding headache every morning");
        database.Time.Advance(TimeSpan.FromMinutes(30));

        (await SweepAsync(database)).ShouldBe(new SweepResult(0, 0));
    }

    [Theory, ProviderData]
    public async Task ListCases_WhenCasesHaveDifferentTargets_PutsTheSoonestDueFirst(string provider)
    {
        await using var database = await TestDatabase.CreateSeededAsync(provider, server);
        // A general question (4 business hours) arrives first, an adverse event (1 business hour) ten minutes later.
        var question = await database.IngestAsync("Where can I find the savings card?");
        database.Time.Advance(TimeSpan.FromMinutes(10));
        var adverseEvent = await database.IngestAsync("Cardiozen gave me a pounding headache every morning");

        var queue = await database.RunAsync((ListCasesHandler handler, CancellationToken ct) => handler.HandleAsync(new ListCasesQuery(), ct));

        queue.Select(item => item.Number).ShouldBe([adverseEvent.CaseNumber, question.CaseNumber]);
        queue[0].NextDueAt.ShouldBe(TestDatabase.Start.AddMinutes(10).AddHours(1));
    }

    [Theory, ProviderData]
    public async Task SlaClocks_WhenDueBeforeAnInstant_AreFoundByARangeQuery(string provider)
    {
        await using var database = await TestDatabase.CreateSeededAsync(provider, server);
        await database.IngestAsync("Cardiozen gave me a pounding headache every morning");
        // The same instant written with a New York offset: the query must compare instants, not text.
        var inNewYork = TestDatabase.Start.AddMinutes(90).ToOffset(TimeSpan.FromHours(-5));

        var due = await database.QueryAsync((db, ct) => db.Cases.SelectMany(item => item.Clocks)
            .Where(clock => clock.DueAt <= inNewYork).Select(clock => clock.Kind).ToListAsync(ct));

        due.ShouldBe([SlaClockKind.FirstResponse]);
    }

    private static Task<SweepResult> SweepAsync(TestDatabase database) =>
        database.RunAsync((SweepSlaClocksHandler handler, CancellationToken ct) => handler.HandleAsync(ct));
}
