using CareDesk.Application.Connectors;
using Microsoft.Extensions.Options;

namespace CareDesk.Connectors.Meta.Graph;

/// <summary>Follows paging.next from a first page while the caller wants more, and remembers the latest usage seen.</summary>
internal sealed class GraphPager(GraphClient graph, IOptions<MetaOptions> options)
{
    public GraphUsage? LastUsage { get; private set; }

    public GraphClient Graph => graph;

    /// <summary>Pages from <paramref name="first"/>; <paramref name="wantsMore"/> sees each page and says whether to go on.</summary>
    public async Task<GraphResult> FollowAsync(string accountId, GraphResult first, Func<GraphResult, bool> wantsMore, CancellationToken cancellationToken)
    {
        var page = Track(first);
        for (var count = 1; wantsMore(page) && page.Next is { } next && page.Data.Any(); count++)
        {
            if (count >= options.Value.MaxPages)
            {
                // Stopping here would skip the rest; failing keeps the checkpoint where it was.
                throw new ChannelUnavailableException($"Graph paging went past {options.Value.MaxPages} pages for account {accountId}");
            }

            page = Track(await graph.GetNextAsync(accountId, next, cancellationToken));
        }

        return page;
    }

    public GraphResult Track(GraphResult result)
    {
        LastUsage = result.Usage ?? LastUsage;
        return result;
    }
}
