using CareDesk.Application.Connectors;

namespace CareDesk.Connectors.YouTube;

/// <summary>One pass over an account's comment threads and the replies that are new since the checkpoint.</summary>
internal static class YouTubeCommentPoll
{
    public static async Task<(List<(ChannelEvent Event, DateTimeOffset UpdatedAt)> Created, Dictionary<string, int> ReplyCounts)> ReadAsync(
        YouTubeApiClient api, string accountId, YouTubeCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var threads = new Dictionary<string, YouTubeCommentThread>();
        string? pageToken = null;
        do
        {
            var page = await api.ListThreadsAsync(accountId, pageToken, cancellationToken);
            var items = page.Items ?? [];
            foreach (var thread in items)
            {
                threads.TryAdd(thread.Id, thread);
            }

            // order=time is newest first: once a page reaches the checkpoint, older pages hold nothing new. A first
            // poll starts from the newest page rather than backfilling the channel's whole history.
            var reachedCheckpoint = checkpoint.Since is null || items.Any(thread => thread.Snippet.TopLevelComment.Snippet.PublishedAt < checkpoint.Since);
            pageToken = reachedCheckpoint ? null : page.NextPageToken;
        }
        while (pageToken is not null);

        var created = new List<(ChannelEvent, DateTimeOffset)>();
        var replyCounts = new Dictionary<string, int>();
        foreach (var thread in threads.Values)
        {
            var top = thread.Snippet.TopLevelComment;
            if (IsNew(checkpoint, top))
            {
                created.Add((YouTubeEventMapper.Comment(top, thread.Id), top.Snippet.UpdatedAt));
            }

            replyCounts[thread.Id] = thread.Snippet.TotalReplyCount;
            if (thread.Snippet.TotalReplyCount > checkpoint.ReplyCounts.GetValueOrDefault(thread.Id))
            {
                await foreach (var reply in ReadRepliesAsync(api, thread.Id, cancellationToken))
                {
                    if (IsNew(checkpoint, reply))
                    {
                        created.Add((YouTubeEventMapper.Comment(reply, reply.Snippet.ParentId ?? thread.Id), reply.Snippet.UpdatedAt));
                    }
                }
            }
        }

        return (created, replyCounts);
    }

    private static bool IsNew(YouTubeCheckpoint checkpoint, YouTubeComment comment) =>
        YouTubeCheckpoint.IsNew(checkpoint.Since, checkpoint.IdsAtSince, comment.Id, comment.Snippet.PublishedAt);

    private static async IAsyncEnumerable<YouTubeComment> ReadRepliesAsync(YouTubeApiClient api, string threadId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? pageToken = null;
        var seen = new HashSet<string>();
        do
        {
            var page = await api.ListRepliesAsync(threadId, pageToken, cancellationToken);
            foreach (var reply in (page.Items ?? []).Where(item => seen.Add(item.Id)))
            {
                yield return reply;
            }

            pageToken = page.NextPageToken;
        }
        while (pageToken is not null);
    }
}
