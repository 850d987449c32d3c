using CareDesk.Application.Listening;
using CareDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public sealed record ListeningQueryRequest(string? Brand, string? Name, string? Expression, IReadOnlyList<string>? BrandTerms, IReadOnlyList<string>? CompetitorTerms);

public sealed record DataUseLimitRequest(string? Channel, string? Author, bool? Limit);

/// <summary>Listening queries and their analytics, and authors' requests to limit the use of their data (R43, R44).</summary>
public static class ListeningEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/queries", ListQueries);
        group.MapPost("/queries", CreateQuery).RequireAuthorization(Policies.ContentManager);
        group.MapPut("/queries/{id:guid}", UpdateQuery).RequireAuthorization(Policies.ContentManager);
        group.MapGet("/queries/{id:guid}/analytics", GetAnalytics);
        group.MapPut("/authors/data-use-limit", SetDataUseLimit);
    }

    [EndpointSummary("Every brand's listening queries with their current version.")]
    public static async Task<Ok<IReadOnlyList<ListeningQueryDto>>> ListQueries(ListListeningQueriesHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken));

    [EndpointSummary("Create a listening query: boolean expression (AND, OR, NOT, \"phrases\", parentheses), brand terms and competitor terms.")]
    public static async Task<Created<ListeningQueryDto>> CreateQuery(ListeningQueryRequest request, SaveListeningQueryHandler handler, CancellationToken cancellationToken)
    {
        var query = await handler.HandleAsync(new SaveListeningQueryCommand(null, request.Brand, request.Name, request.Expression, request.BrandTerms, request.CompetitorTerms), cancellationToken);
        return TypedResults.Created($"/api/listening/queries/{query.Id}", query);
    }

    [EndpointSummary("Change a listening query; any change gets a new version.")]
    public static async Task<Ok<ListeningQueryDto>> UpdateQuery(Guid id, ListeningQueryRequest request, SaveListeningQueryHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new SaveListeningQueryCommand(id, request.Brand, request.Name, request.Expression, request.BrandTerms, request.CompetitorTerms), cancellationToken));

    [EndpointSummary("Volume over time, sentiment, share of voice, top and emerging terms of a query's public posts; authors only as pseudonyms.")]
    public static async Task<Ok<ListeningAnalyticsDto>> GetAnalytics(Guid id, GetListeningAnalyticsHandler handler, CancellationToken cancellationToken,
        DateTimeOffset? from = null, DateTimeOffset? to = null, int? bucketHours = null) =>
        TypedResults.Ok(await handler.HandleAsync(new GetListeningAnalyticsQuery(id, from, to, bucketHours), cancellationToken));

    [EndpointSummary("Record (or withdraw) an author's request to limit the use of their sensitive personal information (CCPA/CPRA, R44). The handle is hashed, never stored.")]
    public static async Task<Ok<AuthorDataUseLimitDto>> SetDataUseLimit(DataUseLimitRequest request, SetAuthorDataUseLimitHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new SetAuthorDataUseLimitCommand(request.Channel, request.Author, request.Limit), cancellationToken));
}
