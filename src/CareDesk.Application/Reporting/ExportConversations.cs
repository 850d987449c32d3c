using System.Globalization;
using System.Text;
using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Application.Privacy;
using CareDesk.Application.Security.Incidents;
using CareDesk.Domain.Sla;
using CareDesk.Domain.Triage;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Reporting;

/// <param name="IncludeIdentifiers">Keep the author's handle and the unredacted first message: supervisors and admins, with a reason, audited (R43d).</param>
public sealed record ExportConversationsQuery(ReportFilter Filter, bool IncludeIdentifiers = false, string? Reason = null);

/// <summary>One exported conversation: its facts, and the author and first message, redacted unless identifiers were authorised.</summary>
public sealed record ConversationExportRow(ConversationFact Conversation, string? Author, string? FirstMessage);

/// <summary>
/// One row per conversation with its timings and labels, for spreadsheets. Outside pharmacovigilance an export carries no
/// direct identifiers by default (R43d): the author is a pseudonym, the handle column says [HANDLE] and the first message
/// has e-mails, phone numbers, names and handles replaced. PV works from the case and its hand-off record instead.
/// Each export is audited with the case numbers it disclosed, so a bulk or unauthorised export can be found (R45).
/// </summary>
public sealed class ExportConversationsHandler(
    ConversationFactsReader reader, ReportAccess access, AuthorizeIdentifiedExportHandler identifiers, ExportRedaction redaction, IAppDbContext db, AuditTrail audit)
{
    public async Task<IReadOnlyList<ConversationExportRow>> HandleAsync(ExportConversationsQuery query, CancellationToken cancellationToken)
    {
        access.RequireConversationLevel();
        var filter = await access.ScopeAsync(query.Filter, cancellationToken);
        var include = await identifiers.HandleAsync(new IdentifiedExportRequest("conversations", query.IncludeIdentifiers, query.Reason, filter), cancellationToken);
        var conversations = await reader.ReadAsync(filter, openedInPeriodOnly: true, cancellationToken);
        var numbers = conversations.Select(item => item.CaseNumber).Where(number => number > 0).ToList();
        var posts = await db.Posts.AsNoTracking()
            .Join(db.Cases.Where(item => numbers.Contains(item.Number)), post => post.CaseId, item => item.Id, (post, item) => new { item.Number, post.Author, post.Text, post.ReceivedAt })
            .ToListAsync(cancellationToken);
        audit.Record("reporting.conversations" + ExportEvents.ActionSuffix, "ConversationExport", FormattableString.Invariant($"{filter.From:O}/{filter.To:O}"), null,
            new { filter.From, filter.To, cases = numbers.Order().ToList(), rows = conversations.Count, identifiers = include });
        await db.SaveChangesAsync(cancellationToken);
        var first = posts.GroupBy(post => post.Number).ToDictionary(group => group.Key, group => group.OrderBy(post => post.ReceivedAt).First());
        var redactor = include ? null : await redaction.ForExportAsync(posts.Select(post => post.Author).Distinct(), cancellationToken);
        return [.. conversations.Select(conversation => first.TryGetValue(conversation.CaseNumber, out var post)
            ? new ConversationExportRow(conversation, include ? post.Author : ExportRedaction.Handle, redactor is null ? post.Text : redactor.Text(post.Text))
            : new ConversationExportRow(conversation, null, null))];
    }
}

public static class ConversationExportFormats
{
    public static readonly string[] Columns =
    [
        "case_number", "external_reference", "channel", "channel_kind", "brand", "team", "agent", "status", "labels", "author_pseudonym", "author", "first_message", "sentiment", "opened_at_utc",
        "first_replied_at_utc", "first_response_minutes", "resolved_at_utc", "resolution_minutes", "replies", "first_response_sla", "pv_handoff_sla", "med_info_sla",
    ];

    public static string ToCsv(IEnumerable<ConversationExportRow> conversations, DateTimeOffset now)
    {
        var csv = new StringBuilder().AppendJoin(',', Columns).Append("\r\n");
        foreach (var conversation in conversations)
        {
            csv.AppendJoin(',', Fields(conversation, now).Select(CsvText.Quote)).Append("\r\n");
        }

        return csv.ToString();
    }

    public static byte[] ToXlsx(IEnumerable<ConversationExportRow> conversations, DateTimeOffset now)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Conversations");
        for (var column = 0; column < Columns.Length; column++)
        {
            sheet.Cell(1, column + 1).Value = Columns[column];
        }

        var row = 2;
        foreach (var conversation in conversations)
        {
            var fields = Fields(conversation, now);
            for (var column = 0; column < fields.Length; column++)
            {
                // Text cells throughout: a value such as "=cmd" must stay text, never become a formula.
                sheet.Cell(row, column + 1).SetValue(fields[column] ?? string.Empty);
            }

            row++;
        }

        sheet.Row(1).Style.Font.Bold = true;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static string?[] Fields(ConversationExportRow row, DateTimeOffset now) => Fields(row.Conversation, row.Author, row.FirstMessage, now);

    private static string?[] Fields(ConversationFact conversation, string? author, string? firstMessage, DateTimeOffset now) =>
    [
        conversation.CaseNumber == 0 ? null : conversation.CaseNumber.ToString(CultureInfo.InvariantCulture), conversation.ExternalReference, conversation.ChannelKey, conversation.ChannelKind, conversation.Brand, conversation.Team,
        conversation.Agent, conversation.Status.ToString(), string.Join(';', conversation.Labels.Select(label => label.ToName())), conversation.AuthorPseudonym,
        author, firstMessage, conversation.Sentiment, Utc(conversation.OpenedAt), Utc(conversation.FirstRepliedAt), Minutes(conversation.FirstResponseTime), Utc(conversation.ResolvedAt),
        Minutes(conversation.ResolutionTime), conversation.Replies.ToString(CultureInfo.InvariantCulture), ClockState(conversation, SlaClockKind.FirstResponse, now),
        ClockState(conversation, SlaClockKind.PvHandoff, now), ClockState(conversation, SlaClockKind.MedInfoResponse, now),
    ];

    private static string? ClockState(ConversationFact conversation, SlaClockKind kind, DateTimeOffset now)
    {
        var clocks = conversation.Clocks.Where(clock => clock.Kind == kind).ToList();
        if (clocks.Count == 0)
        {
            return null;
        }

        return clocks.Any(clock => clock.IsDecided(now) && !clock.Kept) ? "missed" : clocks.All(clock => clock.Kept) ? "kept" : "open";
    }

    private static string? Utc(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string? Minutes(TimeSpan? time) => time is { } value ? Math.Round(value.TotalMinutes, 1).ToString(CultureInfo.InvariantCulture) : null;
}
