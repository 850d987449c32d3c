using CareDesk.Application.Reporting;
using CareDesk.Application.Reporting.CallCenter;
using CareDesk.Application.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Reporting;

public sealed class CallCenterImportTests
{
    private const string Header = "interaction_id,brand,team,agent,started_at,answered_at,ended_at,labels";

    private static readonly string GoodCsv = string.Join("\r\n",
        Header,
        "call-1,Cardiozen,Phone US,pat,2026-11-23T13:00:00Z,2026-11-23T13:02:00Z,2026-11-23T13:12:00Z,general_inquiry",
        "call-2,Cardiozen,Phone US,pat,2026-11-23T13:30:00Z,2026-11-23T13:34:00Z,2026-11-23T13:50:00Z,\"adverse_event;general_inquiry\"");

    [Fact]
    public async Task Import_WithABadLine_ReportsItByLineAndFieldAndStoresNothing()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var csv = GoodCsv + "\r\ncall-3,Nobrand,,,2026-11-23 13:40,,,\r\ncall-4,Cardiozen,,,2026-11-23T13:40:00Z,,,bogus";

        var result = await ImportAsync(host, csv);

        result.Imported.ShouldBe(0);
        result.Errors.Select(error => (error.Line, error.Field)).ShouldBe([(4, "brand"), (4, "started_at"), (5, "labels")]);
        (await host.QueryAsync((db, ct) => db.CallCenterInteractions.CountAsync(ct))).ShouldBe(0);
    }

    [Fact]
    public async Task Import_TheSameFileTwice_StoresEachInteractionOnce()
    {
        await using var host = await ApplicationTestHost.StartAsync();

        var first = await ImportAsync(host, GoodCsv);
        var second = await ImportAsync(host, GoodCsv);

        (first.Imported, first.AlreadyImported).ShouldBe((2, 0));
        (second.Imported, second.AlreadyImported).ShouldBe((0, 2));
        (await host.QueryAsync((db, ct) => db.CallCenterInteractions.CountAsync(ct))).ShouldBe(2);
    }

    [Fact]
    public async Task Metrics_ShowPhoneBesideSocialWithAnswerAsFirstResponse()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await ImportAsync(host, GoodCsv);
        await host.IngestAsync("When will the new pack size be available?");
        host.SignInAs("sam", Domain.Users.UserRole.Supervisor); // an agent would see their own team only

        var report = await host.RunAsync((GetContactCenterReportHandler handler, CancellationToken ct) => handler.HandleAsync(
            new ReportFilter(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero)), ReportDimension.Channel, ct));

        var phone = report.Rows.Single(row => row.Key == "phone");
        (phone.Volume, phone.MeanFirstResponseMinutes, phone.MeanResolutionMinutes).ShouldBe((2, 3.0, 16.0));
        report.Rows.ShouldContain(row => row.Key == "x-cardiozen-us");
        report.Total.Volume.ShouldBe(3);
    }

    private static Task<CallCenterImportResult> ImportAsync(ApplicationTestHost host, string csv)
    {
        var (lines, errors) = CallCenterCsv.Parse(csv);
        errors.ShouldBeEmpty();
        return host.RunAsync((ImportCallCenterInteractionsHandler handler, CancellationToken ct) => handler.HandleAsync(lines, ct));
    }
}
