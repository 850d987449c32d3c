using CareDesk.Application.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Posts;

/// <summary>
/// Parallel deliveries, each in its own scope (its own DbContext and connection), as concurrent requests and the
/// CLI would make them. Task.Run matters: SQLite's async calls complete synchronously.
/// </summary>
public sealed class IngestPostConcurrencyTests
{
    [Fact]
    public async Task HandleAsync_WhenTheSamePostArrivesEightTimesAtOnce_StoresItOnce()
    {
        await using var host = await ApplicationTestHost.StartAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => Task.Run(() => host.IngestAsync("My Cardiozen bottle was missing pills", externalId: "x-dup-1"))));

        (await host.QueryAsync((db, ct) => db.Posts.CountAsync(ct))).ShouldBe(1);
        results.Select(result => result.PostId).Distinct().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task HandleAsync_WhenTheSamePostArrivesEightTimesAtOnce_ReportsExactlyOneAsCreated()
    {
        await using var host = await ApplicationTestHost.StartAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => Task.Run(() => host.IngestAsync("My Cardiozen bottle was missing pills", externalId: "x-dup-2"))));

        results.Count(result => result.Created).ShouldBe(1);
        results.Select(result => result.CaseNumber).Distinct().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task HandleAsync_WhenTenThreadsArriveAtOnce_OpensTenCasesWithDistinctNumbers()
    {
        await using var host = await ApplicationTestHost.StartAsync();

        var results = await Task.WhenAll(Enumerable.Range(1, 10)
            .Select(index => Task.Run(() => host.IngestAsync($"Question number {index}", threadId: $"thread-{index}"))));

        results.Select(result => result.CaseNumber).Distinct().Count().ShouldBe(10);
        (await host.QueryAsync((db, ct) => db.Cases.CountAsync(ct))).ShouldBe(10);
    }
}
