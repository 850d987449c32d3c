using CareDesk.Application.Audit;
using CareDesk.Infrastructure.Persistence;
using CareDesk.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Persistence.Tests;

/// <summary>The audit trail (R29) on every provider: append-only through the data layer, hash-chained, tamper-evident.</summary>
public sealed class AuditTrailTests(PostgresServer server)
{
    [Theory, ProviderData]
    public async Task SaveChanges_WhenAnAuditEntryIsDeleted_ThrowsAndKeepsTheEntry(string provider)
    {
        await using var database = await TestDatabase.CreateSeededAsync(provider, server);
        var count = await database.QueryAsync((db, ct) => db.AuditEntries.CountAsync(ct));

        await Should.ThrowAsync<AppendOnlyViolationException>(() => database.QueryAsync(async (db, ct) =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.OrderBy(entry => entry.Sequence).FirstAsync(ct));
            return await db.SaveChangesAsync(ct);
        }));

        (await database.QueryAsync((db, ct) => db.AuditEntries.CountAsync(ct))).ShouldBe(count);
    }

    [Theory, ProviderData]
    public async Task SaveChanges_WhenAnAuditEntryIsEdited_ThrowsAndKeepsTheAction(string provider)
    {
        await using var database = await TestDatabase.CreateSeededAsync(provider, server);

        await Should.ThrowAsync<AppendOnlyViolationException>(() => database.QueryAsync(async (db, ct) =>
        {
            var first = await db.AuditEntries.OrderBy(entry => entry.Sequence).FirstAsync(ct);
            db.Entry(first).Property(entry => entry.Action).CurrentValue = "nothing.happened";
            return await db.SaveChangesAsync(ct);
        }));

        (await database.QueryAsync((db, ct) => db.AuditEntries.OrderBy(entry => entry.Sequence).Select(entry => entry.Action).FirstAsync(ct)))
            .ShouldBe("demo.seeded");
    }

    [Theory, ProviderData]
    public async Task SaveChanges_WhenAStoredPostIsEdited_ThrowsAndKeepsTheText(string provider)
    {
        await using var database = await TestDatabase.CreateSeededAsync(provider, server);
        var post = await database.IngestAsync("Original words of the customer");

        await Should.ThrowAsync<AppendOnlyViolationException>(() => database.QueryAsync(async (db, ct) =>
        {
            var stored = await db.Posts.SingleAsync(item => item.Id == post.PostId, ct);
            db.Entry(stored).Property("Text").CurrentValue = "edited";
            return await db.SaveChangesAsync(ct);
        }));

        (await database.QueryAsync((db, ct) => db.Posts.Select(item => item.Text).SingleAsync(ct))).ShouldBe("Original words of the customer");
    }

    [Theory, ProviderData]
    public async Task VerifyAuditChain_WhenTenIngestsRanConcurrently_ReportsEveryEntryIntact(string provider)
    {
        await using var database = await TestDatabase.CreateSeededAsync(provider, server);

        await Task.WhenAll(Enumerable.Range(1, 10).Select(index => Task.Run(() => database.IngestAsync($"Question {index}", threadId: $"t-{index}"))));

        // Every writer read and extended the chain head under the write lock: no fork, no gap, no duplicate sequence.
        // Seed entry, three per post (received, screened, case opened), and the one author's contact profile (created, identity added).
        (await VerifyAsync(database)).ShouldBe(new AuditChainReport(1 + (10 * 3) + 2, true, null));
    }

    [Theory, ProviderData]
    public async Task VerifyAuditChain_WhenTheClockHasSubMicrosecondTicks_StillVerifiesAfterTheRoundTrip(string provider)
    {
        await using var database = await TestDatabase.CreateSeededAsync(provider, server);
        // A system clock has 100 ns ticks; PostgreSQL keeps microseconds. The hashed time must be what is stored.
        database.Time.Advance(TimeSpan.FromTicks(1_234_567));

        await database.IngestAsync("Where can I find the savings card?");

        (await VerifyAsync(database)).Intact.ShouldBeTrue();
    }

    [Theory, ProviderData]
    public async Task VerifyAuditChain_WhenAnEntryIsAlteredBehindTheApplication_ReportsBrokenAtThatSequence(string provider)
    {
        await using var database = await TestDatabase.CreateSeededAsync(provider, server);
        await database.IngestAsync("My inhaler leaks");

        // Plain SQL that both providers accept (double-quoted identifiers), as a person with database access would run it.
        var changed = await database.QueryAsync((db, ct) =>
            db.Database.ExecuteSqlRawAsync("UPDATE \"AuditTrail\" SET \"Actor\" = 'mallory' WHERE \"Sequence\" = 3", ct));

        changed.ShouldBe(1);
        var report = await VerifyAsync(database);
        report.Intact.ShouldBeFalse();
        report.FirstBrokenSequence.ShouldBe(3);
    }

    private static Task<AuditChainReport> VerifyAsync(TestDatabase database) =>
        database.RunAsync((VerifyAuditChainHandler handler, CancellationToken ct) => handler.HandleAsync(ct));
}
