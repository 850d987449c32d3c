using CareDesk.Application.Cases;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Audit;

/// <summary>R29 acceptance 3: the data layer refuses to change or delete records of fact, whoever asks.</summary>
public sealed class AppendOnlyRecordsTests
{
    [Fact]
    public async Task SaveChanges_WhenAStoredPostIsEdited_ThrowsAndKeepsTheText()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Original words of the customer");

        await Should.ThrowAsync<AppendOnlyViolationException>(() => host.QueryAsync(async (db, ct) =>
        {
            var stored = await db.Posts.SingleAsync(item => item.Id == post.PostId, ct);
            db.Entry(stored).Property("Text").CurrentValue = "edited";
            return await db.SaveChangesAsync(ct);
        }));

        (await host.QueryAsync((db, ct) => db.Posts.Select(item => item.Text).SingleAsync(ct))).ShouldBe("Original words of the customer");
    }

    [Fact]
    public async Task SaveChanges_WhenAnAuditEntryIsDeleted_ThrowsAndKeepsTheEntry()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var count = await host.QueryAsync((db, ct) => db.AuditEntries.CountAsync(ct));

        await Should.ThrowAsync<AppendOnlyViolationException>(() => host.QueryAsync(async (db, ct) =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.OrderBy(entry => entry.Sequence).FirstAsync(ct));
            return await db.SaveChangesAsync(ct);
        }));

        (await host.QueryAsync((db, ct) => db.AuditEntries.CountAsync(ct))).ShouldBe(count);
    }

    [Fact]
    public async Task SaveChanges_WhenASentReplyIsDeleted_ThrowsAndKeepsTheReply()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var replyId = await SendReplyAsync(host);

        await Should.ThrowAsync<AppendOnlyViolationException>(() => host.QueryAsync(async (db, ct) =>
        {
            db.Replies.Remove(await db.Replies.SingleAsync(reply => reply.Id == replyId, ct));
            return await db.SaveChangesAsync(ct);
        }));

        (await host.QueryAsync((db, ct) => db.Replies.AnyAsync(reply => reply.Id == replyId, ct))).ShouldBeTrue();
    }

    [Fact]
    public async Task SaveChanges_WhenASentReplyIsEdited_ThrowsAndKeepsTheText()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var replyId = await SendReplyAsync(host);
        var sentText = await host.QueryAsync((db, ct) => db.Replies.Select(reply => reply.Text).SingleAsync(ct));

        await Should.ThrowAsync<AppendOnlyViolationException>(() => host.QueryAsync(async (db, ct) =>
        {
            var reply = await db.Replies.SingleAsync(item => item.Id == replyId, ct);
            db.Entry(reply).Property("Text").CurrentValue = "something MLR never approved";
            return await db.SaveChangesAsync(ct);
        }));

        (await host.QueryAsync((db, ct) => db.Replies.Select(reply => reply.Text).SingleAsync(ct))).ShouldBe(sentText);
    }

    private static async Task<Guid> SendReplyAsync(ApplicationTestHost host)
    {
        var post = await host.IngestAsync("Where can I find the savings card?");
        var templateId = await host.QueryAsync((db, ct) =>
            db.Templates.Where(template => template.JobCode == "CZ-US-0160").Select(template => template.Id).SingleAsync(ct));
        var sent = await host.RunAsync((SendTemplateReplyHandler handler, CancellationToken ct) => handler.HandleAsync(new SendTemplateReplyCommand(
            post.CaseNumber, templateId, new Dictionary<string, string> { ["first_name"] = "Jo", ["url"] = "https://cardiozen.example/savings" }, false), ct));
        return sent.ReplyId!.Value;
    }
}
