using CareDesk.Application.Common;
using CareDesk.Application.Roi;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Roi;
using CareDesk.Domain.Users;
using CareDesk.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Roi;

public sealed class RedemptionImportTests
{
    [Fact]
    public async Task A_code_issued_on_a_conversation_is_unique_well_formed_and_credited_to_case_channel_template_and_agent()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var opened = await host.IngestAsync("Is there a savings card for Cardiozen?");
        var template = await host.TemplateIdAsync("CZ-US-0160");

        var code = await host.IssueForCaseAsync(opened.CaseNumber, "alice", template);
        var result = await host.RunAsync((RecordRedemptionHandler handler, CancellationToken ct) =>
        {
            host.SignInAs("sam", UserRole.Supervisor);
            return handler.HandleAsync(new RedemptionInput("POS-0001", code, ApplicationTestHost.Start.AddHours(3), 25m, "USD"), ct);
        });

        CouponCode.TryNormalize(code, out _).ShouldBeTrue();
        result.Status.ShouldBe(RedemptionStatus.Recorded);
        var channelId = await host.QueryAsync((AppDbContext db, CancellationToken ct) => db.Channels.Where(channel => channel.Key == "x-cardiozen-us").Select(channel => channel.Id).SingleAsync(ct));
        result.Attribution.ShouldBe(new RedemptionAttribution(opened.CaseNumber, template, 1, channelId, "alice", "winter-savings"));
    }

    [Fact]
    public async Task The_database_refuses_a_second_code_with_the_same_text()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var opened = await host.IngestAsync("Is there a savings card?");
        var code = await host.IssueForCaseAsync(opened.CaseNumber);

        await Should.ThrowAsync<DbUpdateException>(() => host.QueryAsync(async (AppDbContext db, CancellationToken ct) =>
        {
            var brand = await db.Brands.FirstAsync(ct);
            db.RedemptionCodes.Add(RedemptionCode.ForTemplate(code, brand.Id, new TemplateReference(await db.Templates.Select(t => t.Id).FirstAsync(ct), 1, "X"), null, "copy", "sam", ApplicationTestHost.Start));
            return await db.SaveChangesAsync(ct);
        }));
    }

    [Fact]
    public async Task A_csv_import_answers_every_line_and_a_bad_line_never_stops_the_others()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var first = await host.IssueForCaseAsync((await host.IngestAsync("Savings card?")).CaseNumber, "alice");
        var second = await host.IssueForCaseAsync((await host.IngestAsync("Coupon please")).CaseNumber, "bob");
        var neverIssued = CouponCode.NewCode();
        var typo = first[..^1] + (first[^1] == '2' ? '3' : '2');
        var csv = $"""
            redemption_id,code,redeemed_at,value,currency,customer_email
            R-1,{first},2026-11-23T18:00:00Z,25.00,USD,jane.doe@example.com
            R-2,{first.Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant()},2026-11-23T19:00:00Z,25.00,USD,
            R-3,{typo},2026-11-23T18:00:00Z,25.00,USD,
            R-4,{neverIssued},2026-11-23T18:00:00Z,25.00,USD,
            R-5,{second},2026-11-23 18:00,10.00,USD,
            R-6,{second},2026-11-23T18:00:00Z,-5,USD,
            "R-7","{second}","2026-11-23T18:30:00+01:00","12.50","usd","Doe, Jane"
            R-1,{first},2026-11-23T18:00:00Z,25.00,USD,
            """;

        var result = await host.ImportAsync(csv);

        result.Outcomes.Select(line => (line.Line, line.Outcome.Status, line.Outcome.Field)).ShouldBe(
        [
            (2, RedemptionStatus.Recorded, null),
            (3, RedemptionStatus.DuplicateCode, "code"),
            (4, RedemptionStatus.UnknownCode, "code"),
            (5, RedemptionStatus.UnknownCode, "code"),
            (6, RedemptionStatus.Invalid, "redeemed_at"),
            (7, RedemptionStatus.Invalid, "value"),
            (8, RedemptionStatus.Recorded, null),
            (9, RedemptionStatus.AlreadyRecorded, null),
        ]);
        (result.Recorded, result.AlreadyRecorded, result.Rejected).ShouldBe((2, 1, 5));
        result.Outcomes[6].Outcome.Attribution!.Agent.ShouldBe("bob");
        var stored = await host.QueryAsync((AppDbContext db, CancellationToken ct) => db.Redemptions.OrderBy(item => item.RedemptionId).ToListAsync(ct));
        stored.Select(item => (item.RedemptionId, item.Value, item.Currency, item.RedeemedAt, item.Source)).ShouldBe(
        [
            ("R-1", 25.00m, "USD", new DateTimeOffset(2026, 11, 23, 18, 0, 0, TimeSpan.Zero), "csv"),
            ("R-7", 12.50m, "USD", new DateTimeOffset(2026, 11, 23, 17, 30, 0, TimeSpan.Zero), "csv"),
        ]);

        var again = await host.ImportAsync(csv);

        again.Recorded.ShouldBe(0);
        again.Outcomes[0].Outcome.Status.ShouldBe(RedemptionStatus.AlreadyRecorded);
        (await host.QueryAsync((AppDbContext db, CancellationToken ct) => db.Redemptions.CountAsync(ct))).ShouldBe(2);
    }

    [Fact]
    public async Task Columns_beyond_the_five_named_ones_are_never_stored()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var code = await host.IssueForCaseAsync((await host.IngestAsync("Savings card?")).CaseNumber);

        await host.ImportAsync($"code,redemption_id,value,currency,redeemed_at,customer_email\n{code},R-1,5,USD,2026-11-23T18:00:00Z,jane.doe@example.com\n");

        SqliteConnection.ClearAllPools();
        var files = Directory.GetFiles(Path.GetDirectoryName(host.DatabasePath)!).Select(File.ReadAllBytes).Select(System.Text.Encoding.UTF8.GetString);
        files.ShouldAllBe(content => !content.Contains("jane.doe", StringComparison.Ordinal));
        (await host.QueryAsync((AppDbContext db, CancellationToken ct) => db.Redemptions.CountAsync(ct))).ShouldBe(1);
    }

    [Fact]
    public async Task A_file_without_the_named_columns_is_refused_on_the_csv_field()
    {
        await using var host = await ApplicationTestHost.StartAsync();

        var refused = await Should.ThrowAsync<ValidationFailedException>(() => host.ImportAsync("id,code\nR-1,ABCD\n"));

        refused.Errors.Keys.ShouldBe(["csv"]);
    }

    [Fact]
    public async Task Posting_the_same_redemption_twice_records_it_once()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var code = await host.IssueForCaseAsync((await host.IngestAsync("Savings card?")).CaseNumber);
        host.SignInAs("sam", UserRole.Supervisor);
        var input = new RedemptionInput("POS-9", code, ApplicationTestHost.Start.AddHours(1), 10m, "USD");

        var first = await host.RunAsync((RecordRedemptionHandler handler, CancellationToken ct) => handler.HandleAsync(input, ct));
        var second = await host.RunAsync((RecordRedemptionHandler handler, CancellationToken ct) => handler.HandleAsync(input, ct));
        var otherId = await host.RunAsync((RecordRedemptionHandler handler, CancellationToken ct) => handler.HandleAsync(input with { RedemptionId = "POS-10" }, ct));

        (first.Status, second.Status, otherId.Status).ShouldBe((RedemptionStatus.Recorded, RedemptionStatus.AlreadyRecorded, RedemptionStatus.DuplicateCode));
        (await host.QueryAsync((AppDbContext db, CancellationToken ct) => db.AuditEntries.CountAsync(entry => entry.Action == "roi.redemption_recorded", ct))).ShouldBe(1);
    }
}
