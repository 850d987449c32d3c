using CareDesk.Application.Cases;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Sla;
using CareDesk.Domain.Triage;
using CareDesk.Persistence.Tests.Infrastructure;

namespace CareDesk.Persistence.Tests;

/// <summary>
/// A case and everything hanging off it (clocks, posts with JSON evidence, label and escalation lists, notes, history)
/// reads back as it was written on every provider: column types, value conversions and primitive collections.
/// </summary>
public sealed class CaseRoundTripTests(PostgresServer server)
{
    [Theory, ProviderData]
    public async Task GetCaseDetails_AfterAThreadWasWorked_ReturnsEveryPartAsWritten(string provider)
    {
        await using var database = await TestDatabase.CreateSeededAsync(provider, server);
        var first = await database.IngestAsync("Cardiozen gave me a pounding headache every morning", threadId: "thread-rt");
        database.Time.Advance(TimeSpan.FromMinutes(5));
        await database.IngestAsync("Also dizzy when I stand up 😵 — is that normal?", threadId: "thread-rt");
        await database.RunAsync((AddCaseNoteHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new AddCaseNoteCommand(first.CaseNumber, "Called back; patient consents to PV follow-up."), ct));
        database.Time.Advance(TimeSpan.FromMinutes(5));
        await database.RunAsync((EscalateCaseHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new EscalateCaseCommand(first.CaseNumber, EscalationTarget.Pharmacovigilance, "Possible AE"), ct));

        var details = await database.RunAsync((GetCaseDetailsHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new GetCaseDetailsQuery(first.CaseNumber), ct));

        details.Case.Labels.ShouldContain(TriageLabel.AdverseEvent);
        details.EscalatedTo.ShouldBe([EscalationTarget.Pharmacovigilance]);
        details.Posts.Select(post => post.Text).ShouldBe(
            ["Cardiozen gave me a pounding headache every morning", "Also dizzy when I stand up 😵 — is that normal?"]);
        details.Posts[0].Evidence.ShouldNotBeEmpty();
        details.Posts[1].ReceivedAt.ShouldBe(TestDatabase.Start.AddMinutes(5));
        details.Notes.ShouldHaveSingleItem().Text.ShouldBe("Called back; patient consents to PV follow-up.");
        var pvClock = details.Case.Clocks.Single(clock => clock.Kind == SlaClockKind.PvHandoff);
        pvClock.MetAt.ShouldBe(TestDatabase.Start.AddMinutes(10));
        details.Case.Clocks.Single(clock => clock.Kind == SlaClockKind.FirstResponse).DueAt.ShouldBe(TestDatabase.Start.AddHours(1));
        details.History.Select(entry => entry.Action).ShouldContain("case.escalated");
    }

    [Theory, ProviderData]
    public async Task ListCases_WhenFilteredByLabel_ReturnsOnlyCasesWhoseLabelListHoldsIt(string provider)
    {
        await using var database = await TestDatabase.CreateSeededAsync(provider, server);
        var adverseEvent = await database.IngestAsync("Cardiozen gave me a pounding headache every morning");
        await database.IngestAsync("Where can I find the savings card?");

        var found = await database.RunAsync((ListCasesHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new ListCasesQuery(Label: TriageLabel.AdverseEvent), ct));

        found.Select(item => item.Number).ShouldBe([adverseEvent.CaseNumber]);
    }
}
