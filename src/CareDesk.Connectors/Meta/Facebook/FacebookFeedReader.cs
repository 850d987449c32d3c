using CareDesk.Application.Connectors;
using CareDesk.Connectors.Meta.Graph;

namespace CareDesk.Connectors.Meta.Facebook;

/// <summary>New posts on the Page (its own and visitors'): /{page}/feed since the watermark, newest first from Graph.</summary>
internal sealed class FacebookFeedReader(GraphPager pager, MetaOptions options)
{
    public async Task<(IReadOnlyList<ChannelEvent> Posts, Watermark Feed)> ReadAsync(string page, Watermark feed, CancellationToken cancellationToken)
    {
        var query = new Dictionary<string, string>
        {
            ["fields"] = FacebookItems.PostFields,
            ["since"] = feed.At.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["limit"] = options.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var posts = new List<ChannelEvent>();
        var first = await pager.Graph.GetAsync(page, $"{page}/feed", query, cancellationToken);
        await pager.FollowAsync(page, first, result =>
        {
            var items = result.Data.Select(FacebookItems.Post).ToList();
            posts.AddRange(items.Where(post => feed.IsNew(post.ExternalId, post.OccurredAt)));
            // Graph returns newest first; once a page reaches the watermark, older pages hold nothing new.
            return items.All(post => post.OccurredAt > feed.At);
        }, cancellationToken);

        return (posts, feed.Advance(posts.Select(post => (post.ExternalId, post.OccurredAt))));
    }
}
