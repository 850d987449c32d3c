using CareDesk.Application.Tests.Approvals;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Privacy;

public sealed class PreSendCheckTests
{
    private static readonly Dictionary<string, string> Values = new() { ["first_name"] = "Jo", ["url"] = "https://cardiozen.example/savings" };

    [Fact]
    public async Task R43c_a_public_reply_echoing_health_terms_or_names_is_blocked_before_approval()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Where can I find the savings card?");

        var blocked = await Should.ThrowAsync<BusinessRuleViolationException>(() =>
            ReplyApprovalPathTests.ReplyAsync(host, post.CaseNumber, "CZ-US-0160", Values, "Sorry to hear about your seizures, John"));

        blocked.Message.ShouldContain("health term/PII not from template");
        blocked.Message.ShouldContain("seizures");
        blocked.Message.ShouldContain("John");
        (await host.QueryAsync((db, ct) => db.ReplyApprovals.CountAsync(ct))).ShouldBe(0);
        (await host.QueryAsync((db, ct) => db.Outbox.CountAsync(ct))).ShouldBe(0);
    }
}
