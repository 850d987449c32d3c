using CareDesk.Application.Reporting;
using CareDesk.Application.Reporting.CallCenter;
using CareDesk.Application.Reporting.Fda2253;
using CareDesk.Domain.Triage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public static class ReportsEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/metrics", GetMetrics);
        group.MapGet("/conversations/export", ExportConversations);
        group.MapGet("/compliance", GetComplianceDashboard);
        group.MapGet("/fda-2253", GetFda2253Package);
        group.MapPost("/call-center/interactions", ImportInteractions);
        group.MapPost("/call-center/import", ImportInteractionsCsv).Accepts<string>("text/csv");
    }

    [EndpointSummary("Contact-centre metrics for conversations opened in [from, to), broken down by channel, team, agent, brand or label (by), with the live queue.")]
    public static async Task<Ok<ContactCenterReport>> GetMetrics(GetContactCenterReportHandler handler, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken,
        ReportDimension by = ReportDimension.Channel, string? brand = null, string? channel = null, string? team = null, string? agent = null, string? label = null) =>
        TypedResults.Ok(await handler.HandleAsync(Filter(from, to, brand, channel, team, agent, label), by, cancellationToken));

    [EndpointSummary("One row per conversation opened in [from, to) with its timings, labels, SLA results and redacted first message, as CSV or XLSX (format=csv|xlsx). Handles, e-mails and phone numbers are left out (R43d) unless includeIdentifiers=true with a reason (supervisors and admins, audited). Not for marketing; agents get their own team.")]
    public static async Task<IResult> ExportConversations(ExportConversationsHandler handler, TimeProvider time, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken,
        string format = "csv", string? brand = null, string? channel = null, string? team = null, string? agent = null, string? label = null,
        bool includeIdentifiers = false, string? reason = null)
    {
        if (format.Trim().ToLowerInvariant() is not ("csv" or "xlsx"))
        {
            throw Application.Common.ValidationFailedException.For("format", "Use csv or xlsx.");
        }

        var conversations = await handler.HandleAsync(new ExportConversationsQuery(Filter(from, to, brand, channel, team, agent, label), includeIdentifiers, reason), cancellationToken);
        var name = $"conversations-{from:yyyyMMdd}-{to:yyyyMMdd}";
        return format.Trim().ToLowerInvariant() switch
        {
            "csv" => TypedResults.File(System.Text.Encoding.UTF8.GetBytes(ConversationExportFormats.ToCsv(conversations, time.GetUtcNow())), "text/csv; charset=utf-8", name + ".csv"),
            "xlsx" => TypedResults.File(ConversationExportFormats.ToXlsx(conversations, time.GetUtcNow()), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx"),
            _ => throw Application.Common.ValidationFailedException.For("format", "Use csv or xlsx."),
        };
    }

    [EndpointSummary("The compliance dashboard for [from, to): AE hand-off times against the internal SLA, approval cycle times, audit chain result, failed deliveries and open screening gaps.")]
    public static async Task<Ok<ComplianceDashboard>> GetComplianceDashboard(GetComplianceDashboardHandler handler, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(from, to, cancellationToken));

    [EndpointSummary("The monthly FDA Form 2253 package of a brand (R27): US interactive sites, the URLs of threads engaged in the month, and each communication with exact text, job code and first-use date; JSON or CSV (format=json|csv).")]
    public static async Task<IResult> GetFda2253Package(GetFda2253PackageHandler handler, string brand, int year, int month, CancellationToken cancellationToken, string format = "json")
    {
        var package = await handler.HandleAsync(new Fda2253Query(brand, year, month), cancellationToken);
        return format.Trim().ToLowerInvariant() switch
        {
            "json" => TypedResults.Ok(package),
            "csv" => TypedResults.File(System.Text.Encoding.UTF8.GetBytes(Fda2253Formats.ToCsv(package)), "text/csv; charset=utf-8", $"fda-2253-{package.Brand}-{year:D4}-{month:D2}.csv"),
            _ => throw Application.Common.ValidationFailedException.For("format", "Use json or csv."),
        };
    }

    [EndpointSummary("Imports call-centre interactions (JSON array) all or nothing: 200 with counts, or 400 with every bad line and nothing stored. Ids already imported are left as they were.")]
    public static async Task<Results<Ok<CallCenterImportResult>, BadRequest<CallCenterImportResult>>> ImportInteractions(
        ImportCallCenterInteractionsHandler handler, IReadOnlyList<CallCenterInteractionInput> interactions, CancellationToken cancellationToken) =>
        Answer(await handler.HandleAsync(interactions, cancellationToken));

    [EndpointSummary("Imports the call-centre CSV of docs/reporting.md (request body, text/csv) all or nothing, with errors by file line.")]
    public static async Task<Results<Ok<CallCenterImportResult>, BadRequest<CallCenterImportResult>>> ImportInteractionsCsv(
        ImportCallCenterInteractionsHandler handler, HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var (lines, errors) = CallCenterCsv.Parse(await reader.ReadToEndAsync(cancellationToken));
        return errors.Count > 0 ? TypedResults.BadRequest(new CallCenterImportResult(0, 0, errors)) : Answer(await handler.HandleAsync(lines, cancellationToken));
    }

    private static Results<Ok<CallCenterImportResult>, BadRequest<CallCenterImportResult>> Answer(CallCenterImportResult result) =>
        result.Errors.Count > 0 ? TypedResults.BadRequest(result) : TypedResults.Ok(result);

    private static ReportFilter Filter(DateTimeOffset from, DateTimeOffset to, string? brand, string? channel, string? team, string? agent, string? label)
    {
        if (to <= from)
        {
            throw Application.Common.ValidationFailedException.For("to", "The period must end after it starts.");
        }

        TriageLabel? parsed = null;
        if (!string.IsNullOrWhiteSpace(label))
        {
            parsed = TriageLabelNames.TryParse(label, out var known) ? known : throw Application.Common.ValidationFailedException.For("label", $"Unknown label. Known: {string.Join(", ", TriageLabelNames.All)}.");
        }

        return new ReportFilter(from, to, Blank(brand), Blank(channel), Blank(team), Blank(agent), parsed);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
