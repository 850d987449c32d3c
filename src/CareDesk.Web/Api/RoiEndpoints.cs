using CareDesk.Application.Roi;
using CareDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public static class RoiEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/links", ListLinks);
        group.MapPost("/links", CreateLink).RequireAuthorization(Policies.ContentManager);
        group.MapPut("/brands/{brand}/link-domains", SetLinkDomains).RequireAuthorization(Policies.ContentManager);
        group.MapPost("/codes", IssueCodes);
        group.MapPost("/redemptions", RecordRedemption).RequireAuthorization(Policies.ContentManager);
        group.MapPost("/redemptions/import", ImportRedemptions).RequireAuthorization(Policies.ContentManager).Accepts<string>("text/csv");
        group.MapGet("/report", Report);
        group.MapGet("/report.csv", ReportCsv);
    }

    public sealed record LinkDomainsRequest(IReadOnlyList<string>? Domains);

    [EndpointSummary("A brand's tracked links with their click counts, and the domains its links may lead to.")]
    public static async Task<Ok<BrandLinksDto>> ListLinks(ListTrackedLinksHandler handler, string brand, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new ListTrackedLinksQuery(brand), cancellationToken));

    [EndpointSummary("Create a tracked short link for a channel, campaign and optional template version; the destination must be on the brand's allow-list.")]
    public static async Task<Created<TrackedLinkDto>> CreateLink(CreateTrackedLinkCommand command, CreateTrackedLinkHandler handler, CancellationToken cancellationToken)
    {
        var link = await handler.HandleAsync(command, cancellationToken);
        return TypedResults.Created(link.ShortUrl, link);
    }

    [EndpointSummary("Replace the domains a brand's tracked links may lead to (sub-domains included). Links to a removed domain answer 410.")]
    public static async Task<Ok<IReadOnlyList<string>>> SetLinkDomains(string brand, LinkDomainsRequest request, SetAllowedLinkDomainsHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new SetAllowedLinkDomainsCommand(brand, request.Domains), cancellationToken));

    [EndpointSummary("Issue a single-use redemption code on a case (caseNumber, optional templateId), or a batch for a template (templateId, channel, count; supervisors).")]
    public static async Task<Created<IReadOnlyList<RedemptionCodeDto>>> IssueCodes(IssueRedemptionCodeCommand command, IssueRedemptionCodeHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Created("/api/roi/codes", await handler.HandleAsync(command, cancellationToken));

    [EndpointSummary("Record one redemption, idempotent per redemptionId: 201 when recorded, 200 when it was already, 404 for an unknown code, 409 for a code redeemed under another id.")]
    public static async Task<IResult> RecordRedemption(RedemptionInput input, RecordRedemptionHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(input, cancellationToken);
        return outcome.Status switch
        {
            RedemptionStatus.Recorded => TypedResults.Created($"/api/roi/redemptions/{Uri.EscapeDataString(outcome.RedemptionId!)}", outcome),
            RedemptionStatus.AlreadyRecorded => TypedResults.Ok(outcome),
            RedemptionStatus.UnknownCode => CodeProblem(StatusCodes.Status404NotFound, "Unknown code.", outcome),
            _ => CodeProblem(StatusCodes.Status409Conflict, "The code was already redeemed.", outcome),
        };
    }

    [EndpointSummary("Import redemptions from CSV (redemption_id,code,redeemed_at,value,currency; see docs/roi.md); every line is answered, bad lines do not stop the rest.")]
    public static async Task<Ok<ImportRedemptionsResult>> ImportRedemptions(HttpRequest request, ImportRedemptionsHandler handler, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        return TypedResults.Ok(await handler.HandleAsync(new ImportRedemptionsCommand(await reader.ReadToEndAsync(cancellationToken)), cancellationToken));
    }

    [EndpointSummary("ROI for a brand and UTC days from..to (both included): conversations, link clicks, redemptions, costs and return, by channel, template and agent.")]
    public static async Task<Ok<RoiReportDto>> Report([AsParameters] RoiReportRequest request, GetRoiReportHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(request.ToQuery(), cancellationToken));

    [EndpointSummary("The ROI report as CSV: a total row, then one row per channel, template and agent.")]
    public static async Task<IResult> ReportCsv([AsParameters] RoiReportRequest request, GetRoiReportHandler handler, CancellationToken cancellationToken)
    {
        var report = await handler.HandleAsync(request.ToQuery(), cancellationToken);
        var name = $"roi-{report.Brand.ToLowerInvariant()}-{report.From:yyyy-MM-dd}-{report.To:yyyy-MM-dd}.csv";
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(RoiReportCsv.Write(report)), "text/csv; charset=utf-8", name);
    }

    private static ProblemHttpResult CodeProblem(int status, string title, RedemptionOutcome outcome) =>
        TypedResults.Problem(outcome.Message, statusCode: status, title: title,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["code"] = [outcome.Message ?? title] } });
}

/// <summary>The report's query string: brand, from, to and the optional cost inputs.</summary>
public sealed record RoiReportRequest(string? Brand, DateOnly? From, DateOnly? To, decimal? CostPerConversation, decimal? AgentCostPerHour,
    decimal? MinutesPerConversation, decimal? CampaignCost)
{
    public GetRoiReportQuery ToQuery() => new(Brand, From, To, CostPerConversation, AgentCostPerHour, MinutesPerConversation, CampaignCost);
}
