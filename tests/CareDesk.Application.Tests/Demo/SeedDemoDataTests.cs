using CareDesk.Application.Channels;
using CareDesk.Application.Demo;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Sla;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Demo;

public sealed class SeedDemoDataTests
{
    [Fact]
    public async Task HandleAsync_WhenAlreadySeeded_ReturnsFalseAndAddsNoUsers()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var users = await host.QueryAsync((db, ct) => db.Users.CountAsync(ct));

        var seeded = await host.RunAsync((SeedDemoDataHandler handler, CancellationToken ct) => handler.HandleAsync(includePosts: true, ct));

        seeded.ShouldBeFalse();
        (await host.QueryAsync((db, ct) => db.Users.CountAsync(ct))).ShouldBe(users);
        users.ShouldBe(DemoCatalog.Users.Count + DemoCatalog.Reviewers.Count);
    }

    [Fact]
    public async Task HandleAsync_WhenPostsAreIncluded_IngestsEveryDemoPost()
    {
        await using var host = await ApplicationTestHost.StartAsync(includeDemoPosts: true);

        (await host.QueryAsync((db, ct) => db.Posts.CountAsync(ct))).ShouldBe(DemoPosts.All.Count);
    }

    [Fact]
    public async Task HandleAsync_WhenSeeded_RegistersTheChannelOfEveryDemoPost()
    {
        await using var host = await ApplicationTestHost.StartAsync();

        var channels = await host.RunAsync((ListChannelsHandler handler, CancellationToken ct) => handler.HandleAsync(ct));

        DemoPosts.All.Select(post => post.Channel).Distinct().ShouldBeSubsetOf(channels.Select(channel => channel.Key));
    }

    [Fact]
    public async Task HandleAsync_WhenPostsAreIncluded_OpensAtLeastOneCaseWithAPvHandoffClock()
    {
        await using var host = await ApplicationTestHost.StartAsync(includeDemoPosts: true);

        var pvCases = await host.QueryAsync((db, ct) =>
            db.Cases.CountAsync(item => item.Clocks.Any(clock => clock.Kind == SlaClockKind.PvHandoff), ct));

        pvCases.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task HandleAsync_WhenPostsAreIncluded_FilesAThreadOfTwoOrMorePostsIntoOneCase()
    {
        await using var host = await ApplicationTestHost.StartAsync(includeDemoPosts: true);

        var largestThread = await host.QueryAsync((db, ct) =>
            db.Posts.GroupBy(post => post.CaseId).Select(thread => thread.Count()).MaxAsync(ct));

        largestThread.ShouldBeGreaterThanOrEqualTo(2);
    }
}
