using CareDesk.Application.Connectors;
using CareDesk.Connectors.Meta.Graph;
using CareDesk.Domain.Channels;
using Microsoft.Extensions.Options;

namespace CareDesk.Connectors.Meta.Facebook;

/// <summary>
/// A Facebook Page: polls the feed, the comments of posts published within <see cref="MetaOptions.CommentLookback"/>
/// and the Messenger inbox (catch-up for missed webhooks), and replies, private-replies, hides, unhides and deletes.
/// </summary>
internal sealed class FacebookConnector(GraphClient graph, IOptions<MetaOptions> options, TimeProvider time) : IChannelConnector
{
    public ChannelKind Kind => ChannelKind.Facebook;

    public async Task<ChannelPollResult> PollAsync(ChannelPollRequest request, CancellationToken cancellationToken)
    {
        var page = request.AccountId ?? throw new ChannelUnavailableException($"Channel {request.ChannelKey} has no Page id to poll");
        var now = time.GetUtcNow();
        var checkpoint = FacebookCheckpoint.Read(request.Checkpoint, now - options.Value.InitialLookback);
        var pager = new GraphPager(graph, options);

        var (posts, feed) = await new FacebookFeedReader(pager, options.Value).ReadAsync(page, checkpoint.Feed, cancellationToken);
        var watched = new Dictionary<string, WatchedPost>(checkpoint.Posts, StringComparer.Ordinal);
        foreach (var post in posts)
        {
            watched.TryAdd(post.ExternalId, new WatchedPost(post.OccurredAt ?? now, null));
        }

        foreach (var stale in watched.Where(pair => pair.Value.CreatedAt < now - options.Value.CommentLookback).Select(pair => pair.Key).ToList())
        {
            watched.Remove(stale);
        }

        var comments = await new FacebookCommentReader(pager, options.Value).ReadAsync(page, watched, cancellationToken);
        var (messages, inbox) = await new MessengerInboxReader(pager, options.Value).ReadAsync(page, checkpoint.Messages, cancellationToken);

        var events = posts.Concat(comments).Concat(messages).OrderBy(item => item.OccurredAt ?? now).ToList();
        var next = new FacebookCheckpoint(feed, watched, inbox);
        return new ChannelPollResult(events, next.Write(), pager.LastUsage?.ToSnapshot(now));
    }

    public Task<ChannelActionResult> ExecuteAsync(ChannelAction action, CancellationToken cancellationToken) =>
        new MetaActions(graph, MetaActions.Network.Facebook).ExecuteAsync(action, cancellationToken);

    /// <summary>Comments by id (GET /{id}, or GET /?ids= for several), e.g. to complete a webhook event.</summary>
    public async Task<IReadOnlyList<ChannelEvent>> GetCommentsAsync(string page, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 1)
        {
            return [FacebookItems.Comment((await graph.GetAsync(page, ids[0], [new("fields", FacebookItems.CommentFields)], cancellationToken)).Body, null)];
        }

        var map = (await graph.GetAsync(page, string.Empty, [new("ids", string.Join(',', ids)), new("fields", FacebookItems.CommentFields)], cancellationToken)).Body;
        return [.. ids.Select(id => FacebookItems.Comment(map.Property(id) ?? throw new ChannelUnavailableException($"Graph did not return comment {id}"), null))];
    }

    /// <summary>One post by id, e.g. the thread root of a comment that arrived by webhook.</summary>
    public async Task<ChannelEvent> GetPostAsync(string page, string postId, CancellationToken cancellationToken) =>
        FacebookItems.Post((await graph.GetAsync(page, postId, [new("fields", FacebookItems.PostFields)], cancellationToken)).Body);
}
