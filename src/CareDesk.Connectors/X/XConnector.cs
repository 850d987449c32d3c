using CareDesk.Application.Connectors;
using CareDesk.Domain.Channels;
using Microsoft.Extensions.Options;

namespace CareDesk.Connectors.X;

/// <summary>
/// X (API v2) behind the channel port. A poll reads, since the checkpoint: mentions of the owned account, the
/// channel's listening query through recent search (FromListening), and DMs when a user token is configured; events
/// come back oldest first, each item once. Actions: reply, DM, hide/unhide a reply, delete an own tweet.
/// </summary>
internal sealed class XConnector(
    XUsersClient users,
    XTweetTimelineReader timelines,
    XDirectMessageReader directMessages,
    XActions actions,
    IOptions<XOptions> options) : IChannelConnector
{
    public ChannelKind Kind => ChannelKind.X;

    public async Task<ChannelPollResult> PollAsync(ChannelPollRequest request, CancellationToken cancellationToken)
    {
        var checkpoint = XCheckpoint.Parse(request.Checkpoint);
        var reads = new List<XSourceRead>();
        var ownId = request.AccountId is { Length: > 0 } account ? await users.ResolveIdAsync(account, cancellationToken) : null;
        if (ownId is not null)
        {
            var mentions = await timelines.ReadAsync("GET /2/users/:id/mentions", $"2/users/{ownId}/mentions", null, checkpoint.Mentions, fromListening: false, cancellationToken);
            reads.Add(mentions);
            checkpoint = checkpoint with { Mentions = mentions.Cursor };
        }

        if (!string.IsNullOrWhiteSpace(request.ListeningQuery))
        {
            // A changed query starts over: the old since_id says nothing about what the new query has matched.
            var cursor = checkpoint.SearchQuery == request.ListeningQuery ? checkpoint.Search : XCursor.Start;
            var query = $"query={Uri.EscapeDataString(request.ListeningQuery)}&";
            var search = await timelines.ReadAsync("GET /2/tweets/search/recent", "2/tweets/search/recent", query, cursor, fromListening: true, cancellationToken);
            reads.Add(search);
            checkpoint = checkpoint with { Search = search.Cursor, SearchQuery = request.ListeningQuery };
        }

        if (options.Value.PollDirectMessages && !string.IsNullOrWhiteSpace(options.Value.UserAccessToken))
        {
            ownId ??= (await users.GetMeAsync(cancellationToken)).Id;
            var dms = await directMessages.ReadAsync(ownId, checkpoint.DirectMessages, cancellationToken);
            reads.Add(dms);
            checkpoint = checkpoint with { DirectMessages = dms.Cursor };
        }

        return new ChannelPollResult(OldestFirst(reads), checkpoint.ToString(), Tightest(reads));
    }

    public Task<ChannelActionResult> ExecuteAsync(ChannelAction action, CancellationToken cancellationToken) =>
        actions.ExecuteAsync(action, cancellationToken);

    // A tweet that mentions the brand and also matches the listening query is one item: the owned-channel copy wins.
    private static List<ChannelEvent> OldestFirst(List<XSourceRead> reads) =>
        [.. reads.SelectMany(read => read.Events)
            .DistinctBy(polled => (polled.Event.ExternalId, polled.Event.Kind))
            .Order(Comparer<XPolledEvent>.Create((left, right) => XIds.Compare(left.PositionId, right.PositionId)))
            .Select(polled => polled.Event)];

    // The health page shows the window closest to running out.
    private static RateLimitSnapshot? Tightest(List<XSourceRead> reads) =>
        reads.Select(read => read.RateLimit).OfType<RateLimitSnapshot>().MinBy(snapshot => snapshot.Remaining ?? double.MaxValue);
}
