using CareDesk.Application.Ingestion;
using CareDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

/// <summary>What the ingestion bus could not store (ADR-020): poison messages are kept with their reason, never dropped.</summary>
public static class IngestEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/dead-letters", ListDeadLetters).RequireAuthorization(Policies.ContentManager);
    }

    [EndpointSummary("Inbound items the bus gave up on, newest first, with the message as published and the reason.")]
    public static async Task<Ok<IReadOnlyList<IngestDeadLetterDto>>> ListDeadLetters(ListIngestDeadLettersHandler handler, CancellationToken cancellationToken, int limit = 100) =>
        TypedResults.Ok(await handler.HandleAsync(limit, cancellationToken));
}
