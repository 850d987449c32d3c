using CareDesk.Application.Audit;
using CareDesk.Application.Cases;
using CareDesk.Application.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Audit;

public sealed class AuditChainTests
{
    [Fact]
    public async Task VerifyAuditChain_WhenSeveralUseCasesRan_ReportsIntactWithEveryEntryCounted()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await RunSeveralUseCasesAsync(host);

        var report = await host.RunAsync((VerifyAuditChainHandler handler, CancellationToken ct) => handler.HandleAsync(ct));

        report.ShouldBe(new AuditChainReport(10, true, null));
    }

    [Fact]
    public async Task UseCases_WhenTheySucceed_EachAppendTheirOwnAuditEntriesInOrder()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await RunSeveralUseCasesAsync(host);

        var actions = await host.QueryAsync((db, ct) => db.AuditEntries.OrderBy(entry => entry.Sequence).Select(entry => entry.Action).ToListAsync(ct));

        actions.ShouldBe(["demo.seeded", "post.received", "triage.screened", "case.opened", "contact.profile_created", "contact.identity_added", "case.assigned", "case.note_added", "reply.sent", "case.replied"]);
    }

    [Fact]
    public async Task VerifyAuditChain_WhenAMiddleRowIsDeletedBehindTheApplication_ReportsBrokenAtTheNextSequence()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.IngestAsync("My inhaler leaks");

        await using (var connection = new SqliteConnection($"Data Source={host.DatabasePath}"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var tamper = connection.CreateCommand();
            tamper.CommandText = "DELETE FROM AuditTrail WHERE Sequence = 3";
            (await tamper.ExecuteNonQueryAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
        }

        var report = await host.RunAsync((VerifyAuditChainHandler handler, CancellationToken ct) => handler.HandleAsync(ct));
        report.Intact.ShouldBeFalse();
        report.FirstBrokenSequence.ShouldBe(4);
    }

    [Fact]
    public async Task VerifyAuditChain_WhenTenIngestsRanConcurrently_ReportsIntact()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await Task.WhenAll(Enumerable.Range(1, 10).Select(index => Task.Run(() => host.IngestAsync($"Question {index}", threadId: $"t-{index}"))));

        var report = await host.RunAsync((VerifyAuditChainHandler handler, CancellationToken ct) => handler.HandleAsync(ct));

        // Every writer read and extended the chain head under the write lock: no fork, no gap, no duplicate sequence.
        // One author: the first ingest also opens their contact profile (two entries).
        report.ShouldBe(new AuditChainReport(1 + (10 * 3) + 2, true, null));
    }

    private static async Task RunSeveralUseCasesAsync(ApplicationTestHost host)
    {
        // Seeding wrote 1 entry; ingest writes 3, assign 1, note 1, reply 2: 8 in all.
        var post = await host.IngestAsync("Where can I find the savings card?");
        await host.RunAsync((AssignCaseHandler handler, CancellationToken ct) => handler.HandleAsync(new AssignCaseCommand(post.CaseNumber, "alice", "Care team US"), ct));
        await host.RunAsync((AddCaseNoteHandler handler, CancellationToken ct) => handler.HandleAsync(new AddCaseNoteCommand(post.CaseNumber, "Sent the savings link."), ct));
        var templateId = await host.QueryAsync((db, ct) =>
            db.Templates.Where(template => template.JobCode == "CZ-US-0160").Select(template => template.Id).SingleAsync(ct));
        await host.RunAsync((SendTemplateReplyHandler handler, CancellationToken ct) => handler.HandleAsync(new SendTemplateReplyCommand(
            post.CaseNumber, templateId, new Dictionary<string, string> { ["first_name"] = "Jo", ["url"] = "https://cardiozen.example/savings" }, false), ct));
    }
}
