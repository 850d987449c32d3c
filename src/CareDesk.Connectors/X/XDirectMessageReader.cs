using CareDesk.Application.Connectors;
using CareDesk.Connectors.X.Api;
using Microsoft.Extensions.Options;

namespace CareDesk.Connectors.X;

/// <summary>
/// Reads the brand's DM events (GET /2/dm_events, newest first, no since_id on this endpoint): pages until it meets the
/// newest id of the last poll. DMs the brand itself sent are left out (they are CareDesk's own replies).
/// </summary>
internal sealed class XDirectMessageReader(XApiClient client, IOptions<XOptions> options)
{
    public const string Endpoint = "GET /2/dm_events";

    public async Task<XSourceRead> ReadAsync(string? ownUserId, XCursor cursor, CancellationToken cancellationToken)
    {
        var events = new List<XPolledEvent>();
        var newest = cursor.NewestId;
        var nextToken = cursor.PageToken;
        RateLimitSnapshot? rateLimit = null;
        for (var page = 0; page < options.Value.MaxPagesPerPoll; page++)
        {
            var uri = $"2/dm_events?{XTweetFields.DirectMessageQuery}&max_results={options.Value.PageSize}"
                + XTweetTimelineReader.Parameter("pagination_token", nextToken);
            var response = await client.SendAsync(new XRequest(HttpMethod.Get, Endpoint, uri, XCredential.User), XJsonContext.Default.XListResponseXDmEvent, cancellationToken);
            rateLimit = response.RateLimit ?? rateLimit;
            var reachedCheckpoint = false;
            foreach (var message in response.Body.Data ?? [])
            {
                if (XIds.Compare(message.Id, cursor.SinceId) <= 0)
                {
                    reachedCheckpoint = true;
                    continue;
                }

                newest = XIds.Max(newest, message.Id);
                if (message.SenderId != ownUserId && message.EventType is null or "MessageCreate")
                {
                    events.Add(new XPolledEvent(message.Id, XTweetMapper.FromDirectMessage(message, response.Body.Includes)));
                }
            }

            nextToken = response.Body.Meta?.NextToken;
            if (reachedCheckpoint || nextToken is null)
            {
                return new XSourceRead(events, new XCursor(SinceId: newest ?? cursor.SinceId), rateLimit);
            }
        }

        return new XSourceRead(events, cursor with { PageToken = nextToken, NewestId = newest }, rateLimit);
    }
}
