using CareDesk.Application.Ingestion;
using CareDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

/// <summary>What the ingestion bus could not store (ADR-020): poison messages are kept with their reason, never dropped, and can be replayed.</summary>
public static class IngestEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/dead-letters", ListDeadLetters).RequireAuthorization(Policies.ContentManager);
        group.MapPost("/dead-letters/{id:guid}/replay", ReplayDeadLetter).RequireAuthorization(Policies.ContentManager);
    }

    [EndpointSummary("Inbound items the bus gave up on, newest first, with the message as published and the reason; replayed ones only with includeReplayed=true.")]
    public static async Task<Ok<IReadOnlyList<IngestDeadLetterDto>>> ListDeadLetters(ListIngestDeadLettersHandler handler, CancellationToken cancellationToken,
        int limit = 100, bool includeReplayed = false) =>
        TypedResults.Ok(await handler.HandleAsync(limit, cancellationToken, includeReplayed));

    [EndpointSummary("Puts a dead letter through intake again once its cause is fixed; 200 with stored=false and the failure when it still cannot be stored.")]
    public static async Task<Ok<ReplayIngestDeadLetterResult>> ReplayDeadLetter(Guid id, ReplayIngestDeadLetterHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(id, cancellationToken));
}
