using System.Net.Http.Json;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CareDesk.Web.Tests.Api;

public sealed class AuditApiTests
{
    [Fact]
    public async Task StatusChange_IsAuditedWithActorViaBeforeAfterAndReason()
    {
        await using var factory = new CareDeskApplicationFactory();
        var client = await factory.SignInAsAgentAsync();
        var post = await client.IngestAsync("Can I take Cardiozen with grapefruit juice?");

        await client.PostJsonAsync($"/api/cases/{post.CaseNumber}/status", new { status = "waiting", reason = "Asked for dose details" });

        var entry = (await client.GetCaseAsync(post.CaseNumber)).History.Single(item => item.Action == "case.status_changed");
        entry.Actor.ShouldBe("alice");
        entry.Via.ShouldBe("api");
        entry.Reason.ShouldBe("Asked for dose details");
        entry.Before!.ShouldContain("\"status\":\"new\"");
        entry.After!.ShouldContain("\"status\":\"waiting\"");
    }

    [Fact]
    public async Task VerifyChain_WhenARowIsEditedBehindTheApplication_ReportsTheBrokenEntry()
    {
        await using var factory = new CareDeskApplicationFactory();
        var client = await factory.SignInAsAgentAsync();
        await client.IngestAsync("My inhaler leaks");
        var intact = await client.GetFromJsonAsync<AuditChainReport>("/api/audit/verify", CareDeskJson.Options, TestContext.Current.CancellationToken);

        await using (var connection = new SqliteConnection($"Data Source={factory.DatabasePath}"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var tamper = connection.CreateCommand();
            tamper.CommandText = "UPDATE AuditTrail SET Actor = 'mallory' WHERE Sequence = 2";
            (await tamper.ExecuteNonQueryAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
        }

        var broken = await client.GetFromJsonAsync<AuditChainReport>("/api/audit/verify", CareDeskJson.Options, TestContext.Current.CancellationToken);
        intact!.Intact.ShouldBeTrue();
        broken!.Intact.ShouldBeFalse();
        broken.FirstBrokenSequence.ShouldBe(2);
    }

    [Fact]
    public async Task History_ForACase_ListsEveryStepInOrder()
    {
        await using var factory = new CareDeskApplicationFactory();
        var client = await factory.SignInAsAgentAsync();
        var post = await client.IngestAsync("Got a migraine from Cardiozen");

        await client.PostJsonAsync($"/api/cases/{post.CaseNumber}/escalations", new { target = "pharmacovigilance" });

        var history = (await client.GetCaseAsync(post.CaseNumber)).History;
        // Reading the case is the first human view, which R3 records once (last, as it happens during this read).
        history.Select(entry => entry.Action).ShouldBe(["post.received", "triage.screened", "case.opened", "case.escalated", "case.first_seen"]);
        history.Select(entry => entry.Sequence).ShouldBeInOrder(SortDirection.Ascending);
    }
}
