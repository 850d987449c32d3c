using System.Globalization;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.Meta.Graph;

namespace CareDesk.Connectors.Meta.Facebook;

/// <summary>
/// New comments and replies (filter=stream: one flat, chronological list) on every watched post. The first page of
/// each post is read in Graph batches of 50 posts per HTTP call; further pages follow paging.next. Each post's
/// "after" cursor moves only past comments that were read.
/// </summary>
internal sealed class FacebookCommentReader(GraphPager pager, MetaOptions options)
{
    private const int BatchSize = 50;

    public async Task<IReadOnlyList<ChannelEvent>> ReadAsync(string page, Dictionary<string, WatchedPost> watched, CancellationToken cancellationToken)
    {
        var comments = new List<ChannelEvent>();
        foreach (var chunk in watched.Keys.Order(StringComparer.Ordinal).Chunk(BatchSize))
        {
            var firstPages = await pager.Graph.BatchGetAsync(page, [.. chunk.Select(post => FirstPageUrl(post, watched[post].After))], cancellationToken);
            for (var index = 0; index < chunk.Length; index++)
            {
                var post = chunk[index];
                var after = watched[post].After;
                await pager.FollowAsync(page, firstPages[index], result =>
                {
                    comments.AddRange(result.Data.Select(comment => FacebookItems.Comment(comment, post)));
                    after = result.Data.Any() ? result.AfterCursor ?? after : after;
                    return true;
                }, cancellationToken);
                watched[post] = watched[post] with { After = after };
            }
        }

        return comments;
    }

    private string FirstPageUrl(string post, string? after)
    {
        var url = $"{post}/comments?filter=stream&order=chronological&limit={options.PageSize.ToString(CultureInfo.InvariantCulture)}&fields={Uri.EscapeDataString(FacebookItems.CommentFields)}";
        return after is null ? url : url + "&after=" + Uri.EscapeDataString(after);
    }
}
