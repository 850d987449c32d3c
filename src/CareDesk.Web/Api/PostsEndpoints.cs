using CareDesk.Application.Posts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public static class PostsEndpoints
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/", IngestPost);

    [EndpointSummary("Ingest one post: stored once (a repeat returns the existing ids with 200), screened, and filed into its thread's case.")]
    public static async Task<Results<Created<IngestPostResult>, Ok<IngestPostResult>>> IngestPost(NormalizedPost payload, IngestPostHandler handler, TimeProvider time, CancellationToken cancellationToken)
    {
        // Stamp receipt before any work: SLA clocks start when CareDesk received the post, not when it was processed.
        var receivedAt = time.GetUtcNow();
        var result = await handler.HandleAsync(payload.ToCommand(receivedAt), cancellationToken);
        return result.Created ? TypedResults.Created($"/api/cases/{result.CaseNumber}", result) : TypedResults.Ok(result);
    }
}
