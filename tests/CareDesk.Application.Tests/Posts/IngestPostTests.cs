using CareDesk.Application.Common;
using CareDesk.Application.Posts;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Sla;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Posts;

public sealed class IngestPostTests
{
    [Fact]
    public async Task HandleAsync_WhenTheChannelIsUnknown_ThrowsValidationFailedForChannel()
    {
        await using var host = await ApplicationTestHost.StartAsync();

        var failure = await Should.ThrowAsync<ValidationFailedException>(() => host.IngestAsync("I got a rash", channel: "tiktok-unknown"));

        failure.Errors.Keys.ShouldBe(["channel"]);
    }

    [Fact]
    public async Task HandleAsync_WhenTheChannelIsUnknown_StoresNoPostCaseOrAuditEntry()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var auditBefore = await host.QueryAsync((db, ct) => db.AuditEntries.CountAsync(ct));

        await Should.ThrowAsync<ValidationFailedException>(() => host.IngestAsync("I got a rash", channel: "tiktok-unknown"));

        (await host.QueryAsync((db, ct) => db.Posts.CountAsync(ct))).ShouldBe(0);
        (await host.QueryAsync((db, ct) => db.Cases.CountAsync(ct))).ShouldBe(0);
        (await host.QueryAsync((db, ct) => db.AuditEntries.CountAsync(ct))).ShouldBe(auditBefore);
    }

    [Fact]
    public async Task HandleAsync_WhenProcessedLaterThanReceived_StartsTheResponseClockAtReceivedAt()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.AdvanceTime(TimeSpan.FromHours(3));

        var result = await host.RunAsync((IngestPostHandler handler, CancellationToken ct) =>
            handler.HandleAsync(ApplicationTestHost.NewPost("Nice ad", ApplicationTestHost.Start), ct));

        var clock = await host.QueryAsync((db, ct) =>
            db.Cases.Where(item => item.Id == result.CaseId).SelectMany(item => item.Clocks).SingleAsync(ct));
        clock.Kind.ShouldBe(SlaClockKind.FirstResponse);
        clock.StartedAt.ShouldBe(ApplicationTestHost.Start);
        clock.DueAt.ShouldBe(ApplicationTestHost.Start.AddHours(4));
    }
}
