using CareDesk.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Persistence.Tests;

/// <summary>
/// A post is stored once per channel + external id however many deliveries race, and new threads get distinct case
/// numbers. Task.Run matters: SQLite's async calls complete synchronously, PostgreSQL's really overlap.
/// </summary>
public sealed class PostIntakeTests(PostgresServer server)
{
    [Theory, ProviderData]
    public async Task IngestPost_WhenTheSamePostArrivesEightTimesAtOnce_StoresItOnceAndReportsOneAsCreated(string provider)
    {
        await using var database = await TestDatabase.CreateSeededAsync(provider, server);

        var results = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => Task.Run(() => database.IngestAsync("My Cardiozen bottle was missing pills", externalId: "x-dup-1"))));

        (await database.QueryAsync((db, ct) => db.Posts.CountAsync(ct))).ShouldBe(1);
        results.Count(result => result.Created).ShouldBe(1);
        results.Select(result => result.PostId).Distinct().ShouldHaveSingleItem();
    }

    [Theory, ProviderData]
    public async Task IngestPost_WhenRepeatedLater_AnswersWithTheStoredIdsAndStoresNothingNew(string provider)
    {
        await using var database = await TestDatabase.CreateSeededAsync(provider, server);
        var first = await database.IngestAsync("Where can I find the savings card?", externalId: "x-repeat-1");
        var auditEntries = await database.QueryAsync((db, ct) => db.AuditEntries.CountAsync(ct));

        var repeat = await database.IngestAsync("Where can I find the savings card?", externalId: "x-repeat-1");

        repeat.Created.ShouldBeFalse();
        (repeat.PostId, repeat.CaseNumber).ShouldBe((first.PostId, first.CaseNumber));
        (await database.QueryAsync((db, ct) => db.AuditEntries.CountAsync(ct))).ShouldBe(auditEntries);
    }

    [Theory, ProviderData]
    public async Task IngestPost_WhenTenThreadsArriveAtOnce_OpensTenCasesNumberedOneToTen(string provider)
    {
        await using var database = await TestDatabase.CreateSeededAsync(provider, server);

        var results = await Task.WhenAll(Enumerable.Range(1, 10)
            .Select(index => Task.Run(() => database.IngestAsync($"Question number {index}", threadId: $"thread-{index}"))));

        results.Select(result => result.CaseNumber).Order().ShouldBe(Enumerable.Range(1, 10));
        (await database.QueryAsync((db, ct) => db.Cases.CountAsync(ct))).ShouldBe(10);
    }

    [Theory, ProviderData]
    public async Task IngestPost_WhenReceivedAtCarriesAnOffset_StoresTheSameInstant(string provider)
    {
        await using var database = await TestDatabase.CreateSeededAsync(provider, server);
        // 09:00 in New York is 14:00 UTC: PostgreSQL's timestamptz takes only UTC from Npgsql, SQLite stores UTC text.
        var receivedInNewYork = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(-5));

        var result = await database.IngestAsync("Is Cardiozen covered by my plan?", receivedAt: receivedInNewYork);

        var stored = await database.QueryAsync((db, ct) => db.Posts.Where(post => post.Id == result.PostId)
            .Select(post => new { post.ReceivedAt, post.PostedAt }).SingleAsync(ct));
        stored.ReceivedAt.ShouldBe(TestDatabase.Start);
        stored.ReceivedAt.Offset.ShouldBe(TimeSpan.Zero);
        stored.PostedAt.ShouldBe(TestDatabase.Start.AddMinutes(-2));
    }
}
