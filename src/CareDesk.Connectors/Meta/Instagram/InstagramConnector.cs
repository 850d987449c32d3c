using System.Globalization;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.Meta.Graph;
using CareDesk.Domain.Channels;
using Microsoft.Extensions.Options;

namespace CareDesk.Connectors.Meta.Instagram;

/// <summary>
/// An Instagram professional account: polls comments (with nested replies) on media published within
/// <see cref="MetaOptions.CommentLookback"/>; replies, private-replies, hides, unhides and deletes comments; and reads
/// what mention webhooks only name by id.
/// </summary>
internal sealed class InstagramConnector(GraphClient graph, IOptions<MetaOptions> options, TimeProvider time) : IChannelConnector
{
    public ChannelKind Kind => ChannelKind.Instagram;

    public async Task<ChannelPollResult> PollAsync(ChannelPollRequest request, CancellationToken cancellationToken)
    {
        var account = request.AccountId ?? throw new ChannelUnavailableException($"Channel {request.ChannelKey} has no Instagram user id to poll");
        var now = time.GetUtcNow();
        var checkpoint = InstagramCheckpoint.Read(request.Checkpoint);
        var pager = new GraphPager(graph, options);
        var watchFrom = now - options.Value.CommentLookback;

        var media = new Dictionary<string, WatchedMedia>(StringComparer.Ordinal);
        var listed = await graph.GetAsync(account, $"{account}/media", [new("fields", "id,timestamp"), new("limit", PageSize)], cancellationToken);
        await pager.FollowAsync(account, listed, result =>
        {
            var recent = result.Data.Select(item => (Id: item.Text("id"), At: item.GraphTime("timestamp"))).Where(item => item.Id is not null && item.At >= watchFrom).ToList();
            foreach (var (id, at) in recent)
            {
                // A media seen for the first time is read from its first comment.
                media[id!] = checkpoint.Media.TryGetValue(id!, out var known) ? known : new WatchedMedia(at!.Value, Watermark.Since(DateTimeOffset.MinValue));
            }

            return recent.Count == result.Data.Count();
        }, cancellationToken);

        var events = new List<ChannelEvent>();
        foreach (var (id, watched) in media.ToList())
        {
            var comments = await ReadCommentsAsync(pager, account, id, watched.Comments, cancellationToken);
            events.AddRange(comments);
            media[id] = watched with { Comments = watched.Comments.Advance(comments.Select(comment => (comment.ExternalId, comment.OccurredAt))) };
        }

        return new ChannelPollResult([.. events.OrderBy(item => item.OccurredAt ?? now)], new InstagramCheckpoint(media).Write(), pager.LastUsage?.ToSnapshot(now));
    }

    public Task<ChannelActionResult> ExecuteAsync(ChannelAction action, CancellationToken cancellationToken) =>
        new MetaActions(graph, MetaActions.Network.Instagram).ExecuteAsync(action, cancellationToken);

    /// <summary>Comments by id (GET /{id}, or GET /?ids= for several), e.g. to complete a webhook event.</summary>
    public async Task<IReadOnlyList<ChannelEvent>> GetCommentsAsync(string account, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 1)
        {
            return [InstagramItems.Comment((await graph.GetAsync(account, ids[0], [new("fields", InstagramItems.CommentFields)], cancellationToken)).Body)];
        }

        var map = (await graph.GetAsync(account, string.Empty, [new("ids", string.Join(',', ids)), new("fields", InstagramItems.CommentFields)], cancellationToken)).Body;
        return [.. ids.Select(id => InstagramItems.Comment(map.Property(id) ?? throw new ChannelUnavailableException($"Graph did not return Instagram comment {id}")))];
    }

    /// <summary>All replies under one comment (/{comment-id}/replies), for a comment with more replies than Graph nests.</summary>
    public async Task<IReadOnlyList<ChannelEvent>> GetRepliesAsync(string account, string commentId, string? mediaId, CancellationToken cancellationToken)
    {
        var pager = new GraphPager(graph, options);
        var replies = new List<ChannelEvent>();
        var first = await graph.GetAsync(account, $"{commentId}/replies", [new("fields", "id,text,timestamp,username,from{id,username},hidden"), new("limit", PageSize)], cancellationToken);
        await pager.FollowAsync(account, first, result =>
        {
            replies.AddRange(result.Data.Select(reply => InstagramItems.Comment(reply, mediaId, commentId)));
            return true;
        }, cancellationToken);
        return [.. replies.OrderBy(reply => reply.OccurredAt)];
    }

    /// <summary>
    /// Completes a "mentions" webhook event, which carries only ids: the mentioning comment
    /// (mentioned_comment.comment_id(...)) or, for a caption mention, the media (mentioned_media.media_id(...)).
    /// </summary>
    public async Task<ChannelEvent> GetMentionAsync(string account, ChannelEvent mention, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var isCaption = mention.ParentId is null && mention.ThreadId == mention.ExternalId && mention.ThreadId is not null;
        if (isCaption)
        {
            var fields = $"mentioned_media.media_id({mention.ExternalId}){{id,caption,timestamp,username,media_type,media_url,permalink,comments_count}}";
            var media = (await graph.GetAsync(account, account, [new("fields", fields)], cancellationToken)).Body;
            return InstagramItems.MentionedMedia(media.Property("mentioned_media") ?? throw new ChannelUnavailableException($"Graph did not return mentioned media {mention.ExternalId}"));
        }

        var commentFields = $"mentioned_comment.comment_id({mention.ExternalId}){{id,text,timestamp,username,like_count,media{{id}}}}";
        var body = (await graph.GetAsync(account, account, [new("fields", commentFields)], cancellationToken)).Body;
        var comment = body.Property("mentioned_comment") ?? throw new ChannelUnavailableException($"Graph did not return mentioned comment {mention.ExternalId}");
        return InstagramItems.Comment(comment, mention.ThreadId);
    }

    private async Task<List<ChannelEvent>> ReadCommentsAsync(GraphPager pager, string account, string mediaId, Watermark seen, CancellationToken cancellationToken)
    {
        var comments = new List<ChannelEvent>();
        var first = await graph.GetAsync(account, $"{mediaId}/comments", [new("fields", InstagramItems.CommentFields), new("limit", PageSize)], cancellationToken);
        await pager.FollowAsync(account, first, result =>
        {
            var page = result.Data.SelectMany(comment => InstagramItems.WithReplies(comment, mediaId)).ToList();
            comments.AddRange(page.Where(comment => seen.IsNew(comment.ExternalId, comment.OccurredAt)));
            // Newest first: a top-level comment at or below the watermark means the older pages were read before.
            return result.Data.All(comment => comment.GraphTime("timestamp") > seen.At);
        }, cancellationToken);
        return comments;
    }

    private string PageSize => options.Value.PageSize.ToString(CultureInfo.InvariantCulture);
}
