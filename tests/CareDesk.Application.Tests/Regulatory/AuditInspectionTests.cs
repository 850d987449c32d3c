using System.Text.Json;
using CareDesk.Application.Audit;
using CareDesk.Application.Cases;
using CareDesk.Application.Retention;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Cases.Rules;
using CareDesk.Domain.Common;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Regulatory;

public sealed class AuditInspectionTests
{
    [Fact]
    public async Task R29_every_audited_change_exports_who_what_old_new_why_and_the_time_in_utc_and_local()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Where can I find the savings card?");
        host.SignInAs("sam", UserRole.Supervisor);
        await host.RunAsync((SetLegalHoldHandler handler, CancellationToken ct) => handler.HandleAsync(new SetLegalHoldCommand(post.CaseNumber, true, "Litigation 2026-17"), ct));

        var rows = await host.RunAsync((ExportAuditTrailHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new ExportAuditTrailQuery(CaseNumber: post.CaseNumber, TimeZone: "America/New_York"), ct));

        var hold = rows.Single(row => row.Action == "case.legal_hold_placed");
        hold.Actor.ShouldBe("sam");
        hold.AtUtc.ShouldBe(ApplicationTestHost.Start);
        hold.AtLocal.ShouldBe("2026-11-23T09:00:00-05:00");
        hold.Change.ShouldBe("modified");
        hold.Before!.ShouldContain("\"onLegalHold\":false");
        hold.After!.ShouldContain("\"onLegalHold\":true");
        hold.Reason.ShouldBe("Litigation 2026-17");
        rows.Select(row => row.Action).ShouldContain("post.received");
        rows.Select(row => row.Sequence).ShouldBeInOrder();
    }

    [Fact]
    public async Task R30_the_audit_trail_exports_as_csv_and_as_json_lines_that_round_trip_values_and_hashes()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.IngestAsync("Where can I find the savings card, \"quickly\", please?");
        var rows = await host.RunAsync((ExportAuditTrailHandler handler, CancellationToken ct) => handler.HandleAsync(new ExportAuditTrailQuery(), ct));

        var csv = AuditExportFormats.ToCsv(rows);
        var jsonl = AuditExportFormats.ToJsonLines(rows);

        csv.Split("\r\n")[0].ShouldBe(string.Join(',', AuditExportFormats.CsvColumns));
        csv.ShouldContain(",\"{\"\"");  // JSON values are quoted with their quotes doubled (RFC 4180)
        var lines = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(rows.Count);
        var reread = lines.Select(line => JsonSerializer.Deserialize<AuditExportRow>(line, Common.CareDeskJson.Options)!).ToList();
        reread.Select(row => row.Hash).ShouldBe(rows.Select(row => row.Hash));
        reread.Select(row => row.After).ShouldBe(rows.Select(row => row.After));
        reread.Select(row => row.AtUtc).ShouldBe(rows.Select(row => row.AtUtc));
    }

    [Fact]
    public async Task R30_an_export_filtered_by_period_holds_only_entries_of_that_period()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.IngestAsync("First question about savings");
        host.AdvanceTime(TimeSpan.FromDays(2));
        await host.IngestAsync("Second question about savings");

        var rows = await host.RunAsync((ExportAuditTrailHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new ExportAuditTrailQuery(From: ApplicationTestHost.Start.AddDays(1), To: ApplicationTestHost.Start.AddDays(3)), ct));

        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(row => row.AtUtc >= ApplicationTestHost.Start.AddDays(1));
    }

    [Fact]
    public async Task R37_the_review_report_counts_entries_per_action_and_user_lists_refused_deletions_and_verifies_the_chain()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var ae = await host.IngestAsync("Cardiozen gave me a rash on both arms");
        var plain = await host.IngestAsync("Where can I find the savings card?");
        host.SignInAs("sam", UserRole.Supervisor);
        await Should.ThrowAsync<BusinessRuleViolationException>(() => host.RunAsync((EraseCaseHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new EraseCaseCommand(ae.CaseNumber, "Privacy request"), ct)));
        await host.RunAsync((EraseCaseHandler handler, CancellationToken ct) => handler.HandleAsync(new EraseCaseCommand(plain.CaseNumber, "Privacy request"), ct));

        var report = await host.RunAsync((ReviewAuditTrailHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new ReviewAuditTrailQuery(ApplicationTestHost.Start.AddDays(-1), ApplicationTestHost.Start.AddDays(1)), ct));

        report.ByAction["post.received"].ShouldBe(2);
        report.ByUser["sam"].ShouldBe(2);
        var refused = report.Refused.ShouldHaveSingleItem();
        refused.Action.ShouldBe("case.erase_refused");
        refused.Actor.ShouldBe("sam");
        refused.Reason.ShouldBe("Privacy request");
        report.Erasures.ShouldHaveSingleItem().Action.ShouldBe("case.erased");
        report.Chain.Intact.ShouldBeTrue();
        report.Entries.ShouldBe(report.ByAction.Values.Sum());
    }

    [Fact]
    public async Task Retention_anonymises_only_expired_non_adverse_event_cases_not_on_legal_hold()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.SignInAs("sam", UserRole.Supervisor);
        var ae = await host.IngestAsync("Cardiozen gave me a rash on both arms");
        var held = await host.IngestAsync("Where can I find the savings card? I'm Jo Bloggs");
        var plain = await host.IngestAsync("Where is the copay card? Regards, Pat Doe");
        await host.RunAsync((SetLegalHoldHandler handler, CancellationToken ct) => handler.HandleAsync(new SetLegalHoldCommand(held.CaseNumber, true, "Litigation 2026-17"), ct));
        await host.RunAsync((EscalateCaseHandler handler, CancellationToken ct) => handler.HandleAsync(new EscalateCaseCommand(ae.CaseNumber, EscalationTarget.Pharmacovigilance, null), ct));
        foreach (var number in new[] { ae.CaseNumber, held.CaseNumber, plain.CaseNumber })
        {
            await host.RunAsync((ChangeCaseStatusHandler handler, CancellationToken ct) => handler.HandleAsync(new ChangeCaseStatusCommand(number, CaseStatus.Resolved, null), ct));
        }

        host.AdvanceTime(TimeSpan.FromDays(731));
        var result = await host.RunAsync((ApplyRetentionHandler handler, CancellationToken ct) => handler.HandleAsync(ct));

        result.Anonymised.ShouldBe([plain.CaseNumber]);
        result.KeptUnderPvHold.ShouldBe([ae.CaseNumber]);
        result.KeptOnLegalHold.ShouldBe([held.CaseNumber]);
        var posts = await host.QueryAsync((db, ct) => db.Posts.Join(db.Cases, post => post.CaseId, item => item.Id, (post, item) => new { item.Number, post.Text }).ToListAsync(ct));
        posts.Single(row => row.Number == plain.CaseNumber).Text.ShouldBe(Domain.Cases.Case.AnonymisedText);
        posts.Single(row => row.Number == held.CaseNumber).Text.ShouldContain("Jo Bloggs");
        posts.Single(row => row.Number == ae.CaseNumber).Text.ShouldContain("rash");
    }

    [Fact]
    public async Task Records_linked_to_an_adverse_event_cannot_be_erased_and_the_refusal_is_audited()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var ae = await host.IngestAsync("Cardiozen gave me a rash on both arms");
        host.SignInAs("ada", UserRole.Admin);

        var refusal = await Should.ThrowAsync<BusinessRuleViolationException>(() => host.RunAsync((EraseCaseHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new EraseCaseCommand(ae.CaseNumber, "Privacy request"), ct)));

        refusal.RuleName.ShouldBe(nameof(AdverseEventRecordsAreNeverErasedRule));
        (await host.QueryAsync((db, ct) => db.Posts.SingleAsync(ct))).Text.ShouldContain("rash");
        (await host.QueryAsync((db, ct) => db.AuditEntries.CountAsync(entry => entry.Action == "case.erase_refused", ct))).ShouldBe(1);
    }
}
