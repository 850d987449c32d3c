using CareDesk.Application.Connectors;
using CareDesk.Connectors.X.Api;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareDesk.Connectors.X;

/// <summary>
/// Reads a newest-first tweet list (mentions timeline, recent search) since a cursor, following next_token for up to
/// <see cref="XOptions.MaxPagesPerPoll"/> pages. If more remain, the cursor keeps since_id and continues below the
/// oldest id read (until_id) next time, so a long backlog is neither skipped nor returned twice.
/// </summary>
internal sealed class XTweetTimelineReader(XApiClient client, IOptions<XOptions> options, ILogger<XTweetTimelineReader> logger)
{
    public async Task<XSourceRead> ReadAsync(string endpoint, string path, string? extraQuery, XCursor cursor, bool fromListening, CancellationToken cancellationToken)
    {
        var events = new List<XPolledEvent>();
        var newest = cursor.NewestId;
        var oldest = cursor.UntilId;
        string? nextToken = null;
        RateLimitSnapshot? rateLimit = null;
        for (var page = 0; page < options.Value.MaxPagesPerPoll; page++)
        {
            var uri = $"{path}?{extraQuery}{XTweetFields.Query}&max_results={options.Value.PageSize}"
                + Parameter("since_id", cursor.SinceId) + Parameter("until_id", cursor.UntilId) + Parameter("pagination_token", nextToken);
            var response = await client.SendAsync(new XRequest(HttpMethod.Get, endpoint, uri, XCredential.App), XJsonContext.Default.XListResponseXTweet, cancellationToken);
            rateLimit = response.RateLimit ?? rateLimit;
            LogExpansionErrors(endpoint, response.Body.Errors);
            foreach (var tweet in response.Body.Data ?? [])
            {
                events.Add(new XPolledEvent(tweet.Id, XTweetMapper.FromTweet(tweet, response.Body.Includes, fromListening)));
                newest = XIds.Max(newest, tweet.Id);
                oldest = XIds.Min(oldest, tweet.Id);
            }

            nextToken = response.Body.Meta?.NextToken;
            if (nextToken is null)
            {
                return new XSourceRead(events, new XCursor(SinceId: newest ?? cursor.SinceId), rateLimit);
            }
        }

        return new XSourceRead(events, cursor with { UntilId = oldest, NewestId = newest }, rateLimit);
    }

    internal static string Parameter(string name, string? value) =>
        value is null ? string.Empty : $"&{name}={Uri.EscapeDataString(value)}";

    // In a list response errors[] name expanded objects X could not return (a deleted parent, a suspended author), not
    // the listed tweets themselves: those are still returned and stored, so the gap is logged rather than thrown.
    private void LogExpansionErrors(string endpoint, IReadOnlyList<XError>? errors)
    {
        foreach (var error in errors ?? [])
        {
            logger.LogWarning("X {Endpoint} could not include {ResourceType} {Value}: {Detail}", endpoint, error.ResourceType, error.Value, error.Describe());
        }
    }
}
