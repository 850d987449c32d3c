using System.Net;
using System.Net.Http.Json;
using System.Text;
using CareDesk.Application.Common;
using CareDesk.Application.Reporting;
using CareDesk.Application.Reporting.CallCenter;
using CareDesk.Web.Tests.Infrastructure;

namespace CareDesk.Web.Tests.Api;

public sealed class ReportsApiTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CallCenterCsvImport_WithABadLine_AnswersBadRequestByLine_AndAGoodFileShowsAsPhoneInTheMetrics()
    {
        await using var factory = new CareDeskApplicationFactory();
        var client = await factory.SignInAsAgentAsync();
        const string header = "interaction_id,brand,team,agent,started_at,answered_at,ended_at,labels\n";

        var bad = await client.PostAsync("/api/reports/call-center/import",
            new StringContent(header + "call-1,Cardiozen,,,2026-11-23T13:00:00Z,,,\ncall-2,Cardiozen,,,yesterday,,,\n", Encoding.UTF8, "text/csv"), Token);
        var good = await client.PostAsync("/api/reports/call-center/import",
            new StringContent(header + "call-1,Cardiozen,,,2026-11-23T13:00:00Z,2026-11-23T13:05:00Z,2026-11-23T13:20:00Z,\n", Encoding.UTF8, "text/csv"), Token);

        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var refused = await bad.Content.ReadFromJsonAsync<CallCenterImportResult>(CareDeskJson.Options, Token);
        refused!.Errors.ShouldHaveSingleItem().ShouldBe(new ImportLineError(3, "started_at", refused.Errors[0].Message));
        good.StatusCode.ShouldBe(HttpStatusCode.OK);
        var supervisor = await factory.SignInAsSupervisorAsync(); // an agent sees their own team only
        var report = await supervisor.GetFromJsonAsync<ContactCenterReport>(
            "/api/reports/metrics?from=2026-11-23T00:00:00Z&to=2026-11-24T00:00:00Z&channel=phone", CareDeskJson.Options, Token);
        report!.Total.Volume.ShouldBe(1);
        report.Total.MeanFirstResponseMinutes.ShouldBe(5);
    }
}
