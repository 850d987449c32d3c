using CareDesk.Application.Connectors;
using CareDesk.Domain.Channels;
using Microsoft.Extensions.Options;

namespace CareDesk.Connectors.YouTube;

/// <summary>
/// Polls comment threads (newest first, back to the checkpoint), replies of threads whose reply count grew, edits and
/// deletions of recent comments, and an optional keyword search; replies, comments and moderates with OAuth.
/// YouTube has no comment webhooks and no private messages.
/// </summary>
internal sealed class YouTubeConnector(YouTubeApiClient api, IOptions<YouTubeOptions> options, TimeProvider timeProvider) : IChannelConnector
{
    private const int MaxWatched = 50; // comments.list?id= accepts 50 ids for one quota unit

    public ChannelKind Kind => ChannelKind.Youtube;

    public async Task<ChannelPollResult> PollAsync(ChannelPollRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var checkpoint = YouTubeCheckpoint.Parse(request.Checkpoint);
        var events = new List<ChannelEvent>();
        var next = checkpoint;
        if (!string.IsNullOrWhiteSpace(request.AccountId))
        {
            var comments = await YouTubeCommentPoll.ReadAsync(api, request.AccountId, checkpoint, cancellationToken);
            var changes = await ReadWatchedChangesAsync(checkpoint.Watch, cancellationToken);
            events.AddRange(comments.Created.Select(item => item.Event));
            events.AddRange(changes.Events);
            var (since, ids) = YouTubeCheckpoint.Advance(checkpoint.Since, checkpoint.IdsAtSince, comments.Created.Select(item => (item.Event.ExternalId, item.Event.OccurredAt!.Value)));
            next = next with { Since = since, IdsAtSince = ids, ReplyCounts = comments.ReplyCounts, Watch = NextWatch(changes.Watch, comments.Created) };
        }

        if (!string.IsNullOrWhiteSpace(request.ListeningQuery))
        {
            var hits = await SearchAsync(request.ListeningQuery, checkpoint, cancellationToken);
            events.AddRange(hits);
            var (since, ids) = YouTubeCheckpoint.Advance(checkpoint.SearchSince, checkpoint.SearchIdsAtSince, hits.Select(hit => (hit.ExternalId, hit.OccurredAt!.Value)));
            next = next with { SearchSince = since, SearchIdsAtSince = ids };
        }

        return new ChannelPollResult([.. events.OrderBy(item => item.OccurredAt)], next.Serialize(), api.QuotaSnapshot());
    }

    public async Task<ChannelActionResult> ExecuteAsync(ChannelAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        switch (action.Kind)
        {
            case ChannelActionKind.Reply:
                ArgumentException.ThrowIfNullOrWhiteSpace(action.Text);
                if (IsVideoId(action.TargetExternalId))
                {
                    var thread = await api.InsertThreadAsync(action.TargetExternalId, action.Text, cancellationToken);
                    return new ChannelActionResult(true, thread.Id);
                }

                // YouTube threads are one level deep: a reply to a reply goes under the same top-level comment.
                var reply = await api.InsertReplyAsync(action.TargetExternalId.Split('.')[0], action.Text, cancellationToken);
                return new ChannelActionResult(true, reply.Id);
            case ChannelActionKind.Hide:
                await api.SetModerationStatusAsync(action.TargetExternalId, "heldForReview", cancellationToken);
                return new ChannelActionResult(true);
            case ChannelActionKind.Unhide:
                await api.SetModerationStatusAsync(action.TargetExternalId, "published", cancellationToken);
                return new ChannelActionResult(true);
            case ChannelActionKind.Remove:
                await api.SetModerationStatusAsync(action.TargetExternalId, "rejected", cancellationToken);
                return new ChannelActionResult(true);
            case ChannelActionKind.PrivateMessage:
                throw new NotSupportedException("YouTube has no private messages; answer with a public reply.");
            default:
                throw new NotSupportedException($"YouTube does not support {action.Kind}.");
        }
    }

    /// <summary>Video ids are 11 characters; comment ids are longer and start with "Ug".</summary>
    private static bool IsVideoId(string id) => id.Length == 11;

    private async Task<(List<ChannelEvent> Events, Dictionary<string, WatchedComment> Watch)> ReadWatchedChangesAsync(IReadOnlyDictionary<string, WatchedComment> watch, CancellationToken cancellationToken)
    {
        var next = new Dictionary<string, WatchedComment>(watch);
        var events = new List<ChannelEvent>();
        if (watch.Count == 0)
        {
            return (events, next);
        }

        var found = (await api.ListCommentsAsync(watch.Keys, cancellationToken)).Items ?? [];
        foreach (var comment in found.Where(item => watch.ContainsKey(item.Id)))
        {
            var known = watch[comment.Id];
            if (comment.Snippet.UpdatedAt > known.UpdatedAt)
            {
                events.Add(YouTubeEventMapper.Comment(comment, known.ThreadId, ChannelEventKind.Edited));
                next[comment.Id] = known with { UpdatedAt = comment.Snippet.UpdatedAt };
            }
        }

        // Not returned any more: deleted by its author, or removed/held by a moderator.
        foreach (var (id, known) in watch.Where(pair => found.All(item => item.Id != pair.Key)))
        {
            events.Add(new ChannelEvent(ChannelEventKind.Deleted, id, null, null, timeProvider.GetUtcNow(), ThreadId: known.ThreadId, IsPublic: true));
            next.Remove(id);
        }

        return (events, next);
    }

    private Dictionary<string, WatchedComment> NextWatch(Dictionary<string, WatchedComment> watch, IEnumerable<(ChannelEvent Event, DateTimeOffset UpdatedAt)> created)
    {
        foreach (var (item, updatedAt) in created)
        {
            watch[item.ExternalId] = new WatchedComment(item.OccurredAt!.Value, updatedAt, item.ThreadId!);
        }

        var oldest = timeProvider.GetUtcNow() - options.Value.EditWatchWindow;
        return watch.Where(pair => pair.Value.PublishedAt >= oldest)
            .OrderByDescending(pair => pair.Value.PublishedAt)
            .Take(MaxWatched)
            .ToDictionary(pair => pair.Key, pair => pair.Value);
    }

    private async Task<List<ChannelEvent>> SearchAsync(string query, YouTubeCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        // One page only: search.list costs 100 units, and publishedAfter keeps later polls to what is new.
        var page = await api.SearchAsync(query, checkpoint.SearchSince, cancellationToken);
        return [.. (page.Items ?? [])
            .Where(result => YouTubeCheckpoint.IsNew(checkpoint.SearchSince, checkpoint.SearchIdsAtSince, YouTubeEventMapper.SearchId(result), result.Snippet.PublishedAt))
            .Select(YouTubeEventMapper.SearchHit)];
    }
}
