using CareDesk.Application.Cases;
using CareDesk.Application.Reporting;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Users;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Reporting;

/// <summary>
/// Known data on a real database: case A (X, praise) opened Monday 14:00 UTC, answered after 30 minutes and resolved
/// after 2 hours; case B (Facebook) opened 14:10 and never answered, so its 4-business-hour first-response clock is
/// missed by 19:00; case C opens on Tuesday, outside the reported day, but is in the live queue.
/// </summary>
public sealed class ContactCenterReportTests
{
    [Fact]
    public async Task HandleAsync_ForTheDay_ComputesVolumeTimesRepliesAndFirstResponseCompliance()
    {
        await using var host = await SeedKnownConversationsAsync();

        var report = await host.RunAsync((GetContactCenterReportHandler handler, CancellationToken ct) =>
            handler.HandleAsync(Period(), ReportDimension.Channel, ct));

        report.Total.Volume.ShouldBe(2);
        report.Total.MeanFirstResponseMinutes.ShouldBe(30);
        report.Total.MeanResolutionMinutes.ShouldBe(120);
        report.Total.RepliesPerCase.ShouldBe(0.5);
        report.Total.FirstResponseCompliancePercent.ShouldBe(50);
        report.Total.PvHandoffCompliancePercent.ShouldBeNull();
        report.Total.Open.ShouldBe(1);
        report.Rows.Select(row => (row.Key, row.Volume, row.FirstResponseCompliancePercent))
            .ShouldBe([("facebook-cardiozen-us", 1, 0.0), ("x-cardiozen-us", 1, 100.0)], ignoreOrder: true);
        report.VolumeByDay.ShouldBe([new DailyVolume(new DateOnly(2026, 11, 23), 2)]);
    }

    [Fact]
    public async Task HandleAsync_LiveQueue_CountsEveryOpenConversationWhateverThePeriod()
    {
        await using var host = await SeedKnownConversationsAsync();

        var report = await host.RunAsync((GetContactCenterReportHandler handler, CancellationToken ct) => handler.HandleAsync(Period(), ReportDimension.Brand, ct));

        report.Queue.ShouldBe(new LiveQueue(Open: 2, Unassigned: 2, Unattended: 2));
        report.Rows.ShouldHaveSingleItem().Key.ShouldBe("Cardiozen");
    }

    [Fact]
    public async Task HandleAsync_ByAgent_SplitsTheAssignedFromTheUnassigned()
    {
        await using var host = await SeedKnownConversationsAsync();

        var report = await host.RunAsync((GetContactCenterReportHandler handler, CancellationToken ct) => handler.HandleAsync(Period(), ReportDimension.Agent, ct));

        report.Rows.Select(row => (row.Key, row.Volume, row.MeanFirstResponseMinutes)).ShouldBe([("(unassigned)", 1, null), ("alice", 1, 30.0)], ignoreOrder: true);
    }

    [Fact]
    public async Task Export_HasOneRowPerConversationWithTimingsAndNoAuthorHandle()
    {
        await using var host = await SeedKnownConversationsAsync();

        var conversations = await host.RunAsync((ExportConversationsHandler handler, CancellationToken ct) => handler.HandleAsync(new ExportConversationsQuery(Period()), ct));
        var csv = ConversationExportFormats.ToCsv(conversations, host.Time.GetUtcNow());

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe(string.Join(',', ConversationExportFormats.Columns));
        lines.Length.ShouldBe(3);
        lines[1].ShouldContain(",30,");
        lines[1].ShouldContain(",kept,");
        csv.ShouldNotContain("@patient");
        conversations.Select(item => item.Conversation.AuthorPseudonym).ShouldAllBe(pseudonym => pseudonym.Length == Domain.Listening.AuthorUsePreference.PseudonymLength);
    }

    [Fact]
    public async Task Export_AsXlsx_OpensWithTheSameHeaderAndRows()
    {
        await using var host = await SeedKnownConversationsAsync();
        var conversations = await host.RunAsync((ExportConversationsHandler handler, CancellationToken ct) => handler.HandleAsync(new ExportConversationsQuery(Period()), ct));

        using var workbook = new XLWorkbook(new MemoryStream(ConversationExportFormats.ToXlsx(conversations, host.Time.GetUtcNow())));

        var sheet = workbook.Worksheet("Conversations");
        sheet.Cell(1, 1).GetString().ShouldBe("case_number");
        sheet.LastRowUsed().RowNumber().ShouldBe(3);
    }

    private static ReportFilter Period() => new(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero));

    private static async Task<ApplicationTestHost> SeedKnownConversationsAsync()
    {
        var host = await ApplicationTestHost.StartAsync();
        var praise = await host.IngestAsync("Thank you Cardiozen, my readings are finally normal");
        host.AdvanceTime(TimeSpan.FromMinutes(10));
        await host.IngestAsync("When will the new pack size be available?", channel: "facebook-cardiozen-us");
        host.AdvanceTime(TimeSpan.FromMinutes(20));
        await host.RunAsync((AssignCaseHandler handler, CancellationToken ct) => handler.HandleAsync(new AssignCaseCommand(praise.CaseNumber, "alice", "Care team US"), ct));
        var templateId = await host.QueryAsync((db, ct) => db.Templates.Where(template => template.JobCode == "CZ-US-0170").Select(template => template.Id).SingleAsync(ct));
        await host.RunAsync((SendTemplateReplyHandler handler, CancellationToken ct) => handler.HandleAsync(
            new SendTemplateReplyCommand(praise.CaseNumber, templateId, new Dictionary<string, string> { ["first_name"] = "Jamie" }, false), ct));
        host.AdvanceTime(TimeSpan.FromMinutes(90));
        await host.RunAsync((ChangeCaseStatusHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new ChangeCaseStatusCommand(praise.CaseNumber, CaseStatus.Resolved, "Thanked"), ct));
        host.AdvanceTime(TimeSpan.FromHours(11)); // Tuesday 01:00 UTC: case B's clock is past due
        await host.IngestAsync("Is the Cardiozen pack recyclable?", channel: "instagram-cardiozen-us");
        host.SignInAs("sam", UserRole.Supervisor); // agents see their own team only, see ReportRoleTests
        return host;
    }
}
