using System.Security.Cryptography;
using System.Text;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Application.Listening;
using CareDesk.Application.Reporting;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Application.Tests.Pharmacovigilance;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Users;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Privacy;

/// <summary>R43d: exports outside PV carry no direct identifiers unless a supervisor asks for them with a reason.</summary>
public sealed class ExportRedactionTests
{
    private const string Handle = "@jane_doe_77";
    private const string Email = "jane.doe@example.com";
    private const string Phone = "+1 415 555 0142";
    private const string Text = "Hi Cardiozen, my name is Jane Porter. Where do I renew the savings card? Reach me at " + Email + " or " + Phone + ", cc @janes_sister";

    private static readonly string[] Identifiers = [Handle, "jane_doe_77", Email, Phone, "555 0142", "Jane Porter", "@janes_sister"];

    [Fact]
    public async Task R43d_conversation_export_redacts_handles_emails_and_phone_numbers_by_default()
    {
        await using var host = await SeedAsync();

        var rows = await host.RunAsync((ExportConversationsHandler handler, CancellationToken ct) => handler.HandleAsync(new ExportConversationsQuery(Today()), ct));
        var csv = ConversationExportFormats.ToCsv(rows, host.Time.GetUtcNow());
        using var workbook = new XLWorkbook(new MemoryStream(ConversationExportFormats.ToXlsx(rows, host.Time.GetUtcNow())));
        var cells = string.Join('|', workbook.Worksheet("Conversations").CellsUsed().Select(cell => cell.GetString()));

        foreach (var identifier in Identifiers)
        {
            csv.ShouldNotContain(identifier, Case.Insensitive);
            cells.ShouldNotContain(identifier, Case.Insensitive);
        }

        rows.ShouldHaveSingleItem().FirstMessage.ShouldBe("Hi Cardiozen, my name is [NAME]. Where do I renew the savings card? Reach me at [EMAIL] or [PHONE], cc [HANDLE]");
        csv.ShouldContain("Where do I renew the savings card?");
    }

    [Fact]
    public async Task R43d_including_identifiers_takes_a_supervisor_and_a_reason_and_is_audited()
    {
        await using var host = await SeedAsync();
        var withIdentifiers = new ExportConversationsQuery(Today(), IncludeIdentifiers: true, Reason: "Legal hold review LH-12");

        host.SignInAs("alice", UserRole.Agent);
        await Should.ThrowAsync<ForbiddenException>(() => host.RunAsync((ExportConversationsHandler handler, CancellationToken ct) => handler.HandleAsync(withIdentifiers, ct)));
        host.SignInAs("sam", UserRole.Supervisor);
        var missingReason = await Should.ThrowAsync<ValidationFailedException>(() =>
            host.RunAsync((ExportConversationsHandler handler, CancellationToken ct) => handler.HandleAsync(withIdentifiers with { Reason = " " }, ct)));
        var rows = await host.RunAsync((ExportConversationsHandler handler, CancellationToken ct) => handler.HandleAsync(withIdentifiers, ct));

        missingReason.Errors.Keys.ShouldBe(["reason"]);
        var row = rows.ShouldHaveSingleItem();
        row.Author.ShouldBe(Handle);
        row.FirstMessage.ShouldBe(Text);
        var audited = await host.QueryAsync((db, ct) => db.AuditEntries.Where(entry => entry.Action == "export.identifiers_included").ToListAsync(ct));
        var entry = audited.ShouldHaveSingleItem();
        (entry.Actor, entry.EntityId, entry.Reason).ShouldBe(("sam", "conversations", "Legal hold review LH-12"));
    }

    [Fact]
    public async Task R43d_audit_export_redacts_identifiers_in_values_unless_asked_for_the_full_copy()
    {
        await using var host = await SeedAsync();

        var full = AuditExportFormats.ToCsv(await host.RunAsync((ExportAuditTrailHandler handler, CancellationToken ct) => handler.HandleAsync(new ExportAuditTrailQuery(), ct)));
        var redacted = AuditExportFormats.ToCsv(await host.RunAsync((ExportAuditTrailHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new ExportAuditTrailQuery(RedactIdentifiers: true), ct)));

        full.ShouldContain(Handle);
        foreach (var identifier in Identifiers)
        {
            redacted.ShouldNotContain(identifier, Case.Insensitive);
        }

        redacted.ShouldContain("post.received");
    }

    [Fact]
    public async Task R43d_every_export_redacts_normalised_contact_identities_as_whole_words()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.PostAsync("Where can I renew the savings card?", "@kim_rowe");
        await host.PostAsync("kim_rowe told me the savings card is the same as last year, is it?", "@lee_bo");
        host.SignInAs("sam", UserRole.Supervisor);

        var rows = await host.RunAsync((ExportConversationsHandler handler, CancellationToken ct) => handler.HandleAsync(new ExportConversationsQuery(Today()), ct));
        var audit = AuditExportFormats.ToCsv(await host.RunAsync((ExportAuditTrailHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new ExportAuditTrailQuery(RedactIdentifiers: true), ct)));

        var mention = rows.Select(row => row.FirstMessage ?? "").Single(text => text.Contains("told me", StringComparison.Ordinal));
        mention.ShouldNotContain("kim_rowe");
        mention.ShouldContain("[HANDLE] told me the savings card is the same as last year");
        audit.ShouldNotContain("kim_rowe", Case.Insensitive);
        audit.ShouldNotContain("lee_bo", Case.Insensitive);
    }

    [Fact]
    public async Task R43b_reports_and_listening_give_an_author_the_same_keyed_pseudonym()
    {
        await using var host = await SeedAsync();
        var brandId = await host.QueryAsync((db, ct) => db.Brands.Where(brand => brand.Name == "Cardiozen").Select(brand => brand.Id).SingleAsync(ct));

        var exported = await host.RunAsync((ExportConversationsHandler handler, CancellationToken ct) => handler.HandleAsync(new ExportConversationsQuery(Today()), ct));
        var listening = await host.RunAsync((ListeningDataset dataset, CancellationToken ct) =>
            dataset.LoadAsync(brandId, Today().From, Today().To, null, ct));
        var keyed = await host.RunAsync((AuthorPseudonyms pseudonyms, CancellationToken _) => Task.FromResult(pseudonyms.Of(ChannelKind.X, Handle)));

        var pseudonym = exported.ShouldHaveSingleItem().Conversation.AuthorPseudonym;
        pseudonym.ShouldBe(keyed);
        listening.Items.ShouldHaveSingleItem().AuthorPseudonym.ShouldBe(pseudonym);
        foreach (var plain in new[] { Handle, "jane_doe_77", Handle.ToUpperInvariant() })
        {
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plain))).ShouldNotStartWith(pseudonym[..12]);
        }
    }

    private static ReportFilter Today() => new(ApplicationTestHost.Start.Date, ApplicationTestHost.Start.Date.AddDays(1));

    private static async Task<ApplicationTestHost> SeedAsync()
    {
        var host = await ApplicationTestHost.StartAsync();
        await host.PostAsync(Text, Handle);
        host.SignInAs("sam", UserRole.Supervisor);
        return host;
    }
}
