using System.Net.Http.Json;
using CareDesk.Application.Common;
using CareDesk.Application.Pharmacovigilance;
using CareDesk.Ingestion.Pharmacovigilance;
using CareDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Web.Tests.Api;

/// <summary>The web host with a drop-folder transport: the hand-off is delivered by the background worker, not by the person.</summary>
public sealed class DropFolderPvFactory : CareDeskApplicationFactory
{
    public string DropFolder { get; } = Directory.CreateTempSubdirectory("caredesk-pv-gateway-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Pharmacovigilance:Delivery:Transport", "DropFolder");
        builder.UseSetting("Pharmacovigilance:Delivery:DropFolder:Path", DropFolder);
        builder.UseSetting("Pharmacovigilance:Delivery:AckTimeout", "00:01:00");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Directory.Delete(DropFolder, recursive: true);
    }

    /// <summary>One run now, as the background worker does on each tick.</summary>
    public Task RunIcsrDeliveryAsync() => Services.GetRequiredService<IcsrDeliveryWorker>().RunOnceAsync(CancellationToken.None);
}

public sealed class PvDeliveryApiTests(DropFolderPvFactory factory) : IClassFixture<DropFolderPvFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task R15_a_hand_off_is_delivered_to_the_gateway_folder_by_the_worker_and_escalated_when_pv_stays_silent()
    {
        var client = await factory.SignInAsAgentAsync();
        var post = await client.IngestAsync("My dad (80) had a rash from Cardiozen");
        await PharmacovigilanceApiTests.ConfirmAsync(client, post.CaseNumber);
        var sent = await CareDeskApplicationFactory.ReadAsync<HandOffToPvResult>(await client.PostAsync($"/api/cases/{post.CaseNumber}/pv/handoff", null, Token));

        await factory.RunIcsrDeliveryAsync();

        File.Exists(Path.Combine(factory.DropFolder, $"{sent.MessageId}.xml")).ShouldBeTrue();
        (await RowAsync(client, post.CaseNumber)).ShouldSatisfyAllConditions(
            row => row.DeliveryStatus.ShouldBe("delivered"),
            row => row.AckStatus.ShouldBe("unacknowledged"));

        factory.Time.Advance(TimeSpan.FromMinutes(2));
        await factory.RunIcsrDeliveryAsync();
        client = await factory.SignInAsSupervisorAsync();

        var overdue = await RowAsync(client, post.CaseNumber);
        overdue.AckStatus.ShouldBe("awaiting_ack_overdue");
        overdue.Escalations.ShouldBe(1);
        var page = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/pv/reconciliation", Token));
        page.ShouldContain("awaiting ack – overdue");
    }

    private static async Task<ReconciliationRowDto> RowAsync(HttpClient client, int caseNumber) =>
        (await client.GetFromJsonAsync<PvReconciliationDto>("/api/pv/reconciliation", CareDeskJson.Options, Token))!.Rows.Single(row => row.CaseNumber == caseNumber);
}
