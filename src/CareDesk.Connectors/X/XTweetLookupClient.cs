using CareDesk.Application.Connectors;
using CareDesk.Connectors.X.Api;

namespace CareDesk.Connectors.X;

/// <summary>
/// Tweets X returned, tweets X reports as not found (each as a <see cref="ChannelEventKind.Deleted"/> event), and any
/// other per-item error X put in errors[] (e.g. not authorized to see a protected tweet), which is not swallowed.
/// </summary>
public sealed record XTweetLookupResult(IReadOnlyList<ChannelEvent> Events, IReadOnlyList<string> Unreadable);

/// <summary>Tweet lookup (GET /2/tweets/:id, GET /2/tweets?ids=): re-reads known tweets, e.g. to see whether they were deleted.</summary>
internal sealed class XTweetLookupClient(XApiClient client)
{
    public async Task<XTweetLookupResult> GetAsync(string tweetId, CancellationToken cancellationToken)
    {
        var request = new XRequest(HttpMethod.Get, "GET /2/tweets/:id", $"2/tweets/{Uri.EscapeDataString(tweetId)}?{XTweetFields.Query}", XCredential.App);
        var response = await client.SendAsync(request, XJsonContext.Default.XItemResponseXTweet, cancellationToken);
        var found = response.Body.Data is { } tweet ? [tweet] : Array.Empty<XTweet>();
        return Result(found, response.Body.Includes, response.Body.Errors);
    }

    /// <summary>Up to 100 ids per call (X's limit; more is a 400 that surfaces as <see cref="XInvalidRequestException"/>).</summary>
    public async Task<XTweetLookupResult> GetManyAsync(IReadOnlyCollection<string> tweetIds, CancellationToken cancellationToken)
    {
        var ids = Uri.EscapeDataString(string.Join(',', tweetIds));
        var request = new XRequest(HttpMethod.Get, "GET /2/tweets", $"2/tweets?ids={ids}&{XTweetFields.Query}", XCredential.App);
        var response = await client.SendAsync(request, XJsonContext.Default.XListResponseXTweet, cancellationToken);
        return Result(response.Body.Data ?? [], response.Body.Includes, response.Body.Errors);
    }

    private static XTweetLookupResult Result(IReadOnlyList<XTweet> found, XIncludes? includes, IReadOnlyList<XError>? errors)
    {
        var foundIds = found.Select(tweet => tweet.Id).ToHashSet(StringComparer.Ordinal);
        var events = found.Select(tweet => XTweetMapper.FromTweet(tweet, includes, fromListening: false)).ToList();
        var unreadable = new List<string>();
        foreach (var error in errors ?? [])
        {
            // Only errors about the looked-up tweets themselves; expansion errors (a deleted parent) name other parameters.
            if (error.Parameter is not ("id" or "ids") || error.Value is not { } id || foundIds.Contains(id))
            {
                continue;
            }

            if (error.IsNotFound)
            {
                events.Add(XTweetMapper.Deleted(id));
            }
            else
            {
                unreadable.Add($"{id}: {error.Describe()}");
            }
        }

        return new XTweetLookupResult(events, unreadable);
    }
}
