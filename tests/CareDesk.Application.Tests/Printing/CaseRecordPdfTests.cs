using CareDesk.Application.Approvals;
using CareDesk.Application.Audit;
using CareDesk.Application.Cases;
using CareDesk.Application.Demo;
using CareDesk.Application.Printing;
using CareDesk.Application.Retention;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Users;
using CareDesk.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Printing;

public sealed class CaseRecordPdfTests
{
    [Fact]
    public async Task R30_the_case_record_pdf_holds_every_field_each_audit_entry_and_signature_and_flags_records_changed_after_entry()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Where can I find the savings card (the blue one)?", externalId: "x-print-1");
        const string edited = "Hi Jo, the savings card is at https://cardiozen.example/savings. Terms apply.";
        var templateId = await host.QueryAsync((db, ct) => db.Templates.Where(template => template.JobCode == "CZ-US-0160").Select(template => template.Id).SingleAsync(ct));
        var held = await host.RunAsync((SendTemplateReplyHandler handler, CancellationToken ct) => handler.HandleAsync(new SendTemplateReplyCommand(
            post.CaseNumber, templateId, new Dictionary<string, string> { ["first_name"] = "Jo", ["url"] = "https://cardiozen.example/savings" }, false, edited), ct));
        host.SignInAs("sam", UserRole.Supervisor);
        host.AdvanceTime(TimeSpan.FromMinutes(7));
        await host.RunAsync((DecideReplyApprovalHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new DecideReplyApprovalCommand(held.ApprovalRequestId!.Value, true, "Wording checked", DemoCatalog.DemoPassword, "sam"), ct));
        await host.RunAsync((SetLegalHoldHandler handler, CancellationToken ct) => handler.HandleAsync(new SetLegalHoldCommand(post.CaseNumber, true, "Litigation 2026-17"), ct));

        var file = await host.RunAsync((PrintCaseRecordHandler handler, CancellationToken ct) => handler.HandleAsync(new PrintCaseRecordQuery(post.CaseNumber, "America/New_York"), ct));

        file.ContentType.ShouldBe("application/pdf");
        file.FileName.ShouldBe($"case-{post.CaseNumber}-record.pdf");
        var text = BodyText(file.Content);
        text.ShouldContain($"Case record {post.CaseNumber}");
        text.ShouldContain("external id x-print-1");
        text.ShouldContain("Text as received: Where can I find the savings card (the blue one)?");
        text.ShouldContain("from template CZ-US-0160 v1");
        text.ShouldContain("Signed by Sam Supervisor (sam, Supervisor, tier 1) at 2026-11-23 14:07:00 UTC - meaning: Reply approved");
        text.ShouldContain("reason: Wording checked");
        text.ShouldContain("modified after initial entry: YES");
        text.ShouldContain("Reason: Litigation 2026-17");
        var audit = await host.RunAsync((ExportAuditTrailHandler handler, CancellationToken ct) => handler.HandleAsync(new ExportAuditTrailQuery(CaseNumber: post.CaseNumber), ct));
        audit.Count.ShouldBeGreaterThan(4);
        foreach (var row in audit)
        {
            text.ShouldContain($"#{row.Sequence} ");
            text.ShouldContain($": {row.Action} on {row.EntityType} {row.EntityId}");
            text.ShouldContain($"Hash {row.Hash}");
        }
    }

    [Fact]
    public async Task R30_an_unchanged_case_is_printed_as_not_modified_after_initial_entry()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Where can I find the savings card?");

        var file = await host.RunAsync((PrintCaseRecordHandler handler, CancellationToken ct) => handler.HandleAsync(new PrintCaseRecordQuery(post.CaseNumber), ct));

        var text = PdfText.Extract(file.Content);
        text.ShouldContain("modified after initial entry: no");
        text.ShouldNotContain("initial entry: yes");
        text.ShouldContain("No signatures on this case.");
    }

    [Fact]
    public async Task R39_a_role_without_pv_data_prints_the_case_record_with_identifiers_masked_in_the_audit_section_too()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Cardiozen gave me a rash, write to jo.bloggs@example.com or call +1 555 010 2233");
        host.SignInAs("sam", UserRole.Supervisor);
        await host.RunAsync((SetLegalHoldHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new SetLegalHoldCommand(post.CaseNumber, true, "Reporter jo.bloggs@example.com asked us to keep it"), ct));
        var full = PdfText.Extract((await host.RunAsync((PrintCaseRecordHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new PrintCaseRecordQuery(post.CaseNumber), ct))).Content);

        host.SignInAs("vic", UserRole.Viewer);
        var masked = PdfText.Extract((await host.RunAsync((PrintCaseRecordHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new PrintCaseRecordQuery(post.CaseNumber), ct))).Content);

        full.ShouldContain("Reason: Reporter jo.bloggs@example.com asked us to keep it");
        masked.ShouldContain("Audit trail (");
        masked.ShouldNotContain("jo.bloggs@example.com");
        masked.ShouldNotContain("555 010 2233");
        masked.ShouldNotContain("@patient");
    }

    [Fact]
    public async Task R30_the_audit_export_pdf_lists_every_entry_of_the_period_with_old_and_new_values()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Where can I find the savings card?");
        host.SignInAs("sam", UserRole.Supervisor);
        await host.RunAsync((SetLegalHoldHandler handler, CancellationToken ct) => handler.HandleAsync(new SetLegalHoldCommand(post.CaseNumber, true, "Litigation 2026-17"), ct));
        var query = new ExportAuditTrailQuery(From: ApplicationTestHost.Start, TimeZone: "Europe/London");

        var file = await host.RunAsync((PrintAuditExportHandler handler, CancellationToken ct) => handler.HandleAsync(query, ct));

        var rows = await host.RunAsync((ExportAuditTrailHandler handler, CancellationToken ct) => handler.HandleAsync(query, ct));
        var text = BodyText(file.Content);
        text.ShouldContain($"Audit trail ({rows.Count} entries, oldest first)");
        rows.ShouldAllBe(row => text.Contains($"Hash {row.Hash}"));
        text.ShouldContain("case.legal_hold_placed");
        text.ShouldContain("Reason: Litigation 2026-17");
        text.ShouldContain("Old: {");
    }

    /// <summary>The printed lines without the page footers, joined as one text: a line wrapped across a page break reads on.</summary>
    private static string BodyText(byte[] pdf) => string.Join(' ', PdfText.Lines(pdf).Where(line => !line.Contains("copy printed", StringComparison.Ordinal)));
}
