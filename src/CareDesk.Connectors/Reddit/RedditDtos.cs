using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareDesk.Connectors.Reddit;

// Reddit uses snake_case; RedditJson.Options maps these names.
internal sealed record RedditThing(string Kind, RedditThingData Data);

internal sealed record RedditListing(string? Kind, RedditListingData? Data);

internal sealed record RedditListingData(IReadOnlyList<RedditThing>? Children, string? After, string? Before);

internal sealed record RedditThingData(
    string? Name,
    string? Author,
    string? AuthorFullname,
    string? Body,
    string? Title,
    string? Selftext,
    string? Subject,
    double? CreatedUtc,
    string? LinkId,
    string? ParentId,
    string? Subreddit,
    string? Permalink,
    string? Context,
    string? FirstMessageName,
    // "" when a comment has no replies, a Listing otherwise.
    JsonElement? Replies);

internal sealed record RedditToken([property: JsonPropertyName("access_token")] string? AccessToken, [property: JsonPropertyName("expires_in")] int ExpiresIn);

internal static class RedditJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}
