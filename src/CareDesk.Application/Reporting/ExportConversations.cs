using System.Globalization;
using System.Text;
using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Application.Security.Incidents;
using CareDesk.Domain.Sla;
using CareDesk.Domain.Triage;
using ClosedXML.Excel;

namespace CareDesk.Application.Reporting;

/// <summary>
/// One row per conversation with its timings and labels, for spreadsheets. The author is a pseudonym: an export outside
/// pharmacovigilance leaves out handles and names (R43d); PV works from the case and its hand-off record instead.
/// Each export is audited with the case numbers it disclosed, so a bulk or unauthorised export can be found (R45).
/// </summary>
public sealed class ExportConversationsHandler(ConversationFactsReader reader, IAppDbContext db, AuditTrail audit)
{
    public async Task<IReadOnlyList<ConversationFact>> HandleAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        var conversations = await reader.ReadAsync(filter, openedInPeriodOnly: true, cancellationToken);
        var cases = conversations.Where(item => item.CaseNumber != 0).Select(item => item.CaseNumber).Order().ToList();
        audit.Record("reporting.conversations" + ExportEvents.ActionSuffix, "ConversationExport", FormattableString.Invariant($"{filter.From:O}/{filter.To:O}"), null,
            new { filter.From, filter.To, cases, rows = conversations.Count });
        await db.SaveChangesAsync(cancellationToken);
        return conversations;
    }
}

public static class ConversationExportFormats
{
    public static readonly string[] Columns =
    [
        "case_number", "external_reference", "channel", "channel_kind", "brand", "team", "agent", "status", "labels", "author_pseudonym", "sentiment", "opened_at_utc",
        "first_replied_at_utc", "first_response_minutes", "resolved_at_utc", "resolution_minutes", "replies", "first_response_sla", "pv_handoff_sla", "med_info_sla",
    ];

    public static string ToCsv(IEnumerable<ConversationFact> conversations, DateTimeOffset now)
    {
        var csv = new StringBuilder().AppendJoin(',', Columns).Append("\r\n");
        foreach (var conversation in conversations)
        {
            csv.AppendJoin(',', Fields(conversation, now).Select(CsvText.Quote)).Append("\r\n");
        }

        return csv.ToString();
    }

    public static byte[] ToXlsx(IEnumerable<ConversationFact> conversations, DateTimeOffset now)
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

    private static string?[] Fields(ConversationFact conversation, DateTimeOffset now) =>
    [
        conversation.CaseNumber == 0 ? null : conversation.CaseNumber.ToString(CultureInfo.InvariantCulture), conversation.ExternalReference, conversation.ChannelKey, conversation.ChannelKind, conversation.Brand, conversation.Team,
        conversation.Agent, conversation.Status.ToString(), string.Join(';', conversation.Labels.Select(label => label.ToName())), conversation.AuthorPseudonym,
        conversation.Sentiment, Utc(conversation.OpenedAt), Utc(conversation.FirstRepliedAt), Minutes(conversation.FirstResponseTime), Utc(conversation.ResolvedAt),
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
