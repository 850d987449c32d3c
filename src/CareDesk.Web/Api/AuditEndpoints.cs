using CareDesk.Application.Audit;
using CareDesk.Application.Cases;
using CareDesk.Application.Printing;
using CareDesk.Application.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public static class AuditEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", GetAuditTrail);
        group.MapGet("/verify", VerifyAuditChain);
        group.MapGet("/export", ExportAuditTrail);
        group.MapGet("/review", ReviewAuditTrail);
    }

    [EndpointSummary("The audit trail for inspectors as CSV, JSON lines or PDF (format=csv|jsonl|pdf), filtered by period (from, to), case number or entity, with UTC and local (timeZone) times. Handles, e-mails and phone numbers in the values are redacted (R43d) unless includeIdentifiers=true with a reason (supervisors and admins, audited).")]
    public static async Task<IResult> ExportAuditTrail(ExportAuditTrailHandler handler, PrintAuditExportHandler printer, AuthorizeIdentifiedExportHandler identifiers,
        CancellationToken cancellationToken, string format = "csv", DateTimeOffset? from = null, DateTimeOffset? to = null, int? caseNumber = null, string? entityType = null,
        string? entityId = null, string? timeZone = null, bool includeIdentifiers = false, string? reason = null)
    {
        var query = new ExportAuditTrailQuery(from, to, caseNumber, entityType, entityId, timeZone);
        var identified = await identifiers.HandleAsync(new IdentifiedExportRequest("audit-trail", includeIdentifiers, reason, query), cancellationToken);
        query = query with { RedactIdentifiers = !identified };
        if (format.Trim().Equals("pdf", StringComparison.OrdinalIgnoreCase))
        {
            var file = await printer.HandleAsync(query, cancellationToken);
            return TypedResults.File(file.Content, file.ContentType, file.FileName);
        }

        var rows = await handler.HandleAsync(query, cancellationToken);
        return format.Trim().ToLowerInvariant() switch
        {
            "csv" => TypedResults.Text(AuditExportFormats.ToCsv(rows), "text/csv; charset=utf-8"),
            "jsonl" => TypedResults.Text(AuditExportFormats.ToJsonLines(rows), "application/jsonl; charset=utf-8"),
            _ => throw Application.Common.ValidationFailedException.For("format", "Use csv, jsonl or pdf."),
        };
    }

    [EndpointSummary("The periodic audit-trail review for a period: entries per action and user, refused corrections and deletions, erasures, chain verification.")]
    public static async Task<Ok<AuditReviewReport>> ReviewAuditTrail(ReviewAuditTrailHandler handler, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new ReviewAuditTrailQuery(from, to), cancellationToken));

    [EndpointSummary("Audit entries, newest first, optionally for one entity.")]
    public static async Task<Ok<IReadOnlyList<HistoryDto>>> GetAuditTrail(GetAuditTrailHandler handler, CancellationToken cancellationToken, string? entityType = null, string? entityId = null, int take = 200) =>
        TypedResults.Ok(await handler.HandleAsync(new GetAuditTrailQuery(entityType, entityId, take), cancellationToken));

    [EndpointSummary("Re-compute the hash chain and report the first entry that does not match.")]
    public static async Task<Ok<AuditChainReport>> VerifyAuditChain(VerifyAuditChainHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken));
}
