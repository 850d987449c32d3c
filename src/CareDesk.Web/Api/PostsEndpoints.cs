using CareDesk.Application.Posts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

/// <summary>A normalized post as any connector or integration sends it.</summary>
public sealed record PostPayload(string? Channel, string? ExternalId, string? Author, string? Text, DateTimeOffset? PostedAt, string? ThreadId, string? ParentId, bool? IsPublic);

public static class PostsEndpoints
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/", IngestPost);

    [EndpointSummary("Ingest one post: stored once (a repeat returns the existing ids with 200), screened, and filed into its thread's case.")]
    public static async Task<Results<Created<IngestPostResult>, Ok<IngestPostResult>>> IngestPost(PostPayload payload, IngestPostHandler handler, TimeProvider time, CancellationToken cancellationToken)
    {
        // Stamp receipt before any work: SLA clocks start when CareDesk received the post, not when it was processed.
        var receivedAt = time.GetUtcNow();
        var result = await handler.HandleAsync(new IngestPostCommand(payload.Channel, payload.ExternalId, payload.Author, payload.Text, payload.PostedAt,
            payload.ThreadId, payload.ParentId, payload.IsPublic, receivedAt), cancellationToken);
        return result.Created ? TypedResults.Created($"/api/cases/{result.CaseNumber}", result) : TypedResults.Ok(result);
    }
}
