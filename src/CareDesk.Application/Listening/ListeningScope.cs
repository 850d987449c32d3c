using CareDesk.Application.Abstractions;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Listening;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Listening;

/// <summary>
/// R43a: whether a text is about a brand's product or therapy area. In scope: the brand name, the brand's listening
/// queries (their expressions and brand terms), the therapy terms configured for the brand and, for a channel, any
/// word of the network query that found the hit. Owned-channel items never come here: they are always kept (R12).
/// </summary>
public sealed class ListeningScope(IAppDbContext db, IOptions<ListeningOptions> options)
{
    public async Task<Func<string, bool>> ForChannelAsync(Channel channel, CancellationToken cancellationToken)
    {
        var nodes = await NodesAsync(channel.BrandId, cancellationToken);
        // The network's own query syntax differs from ours (lang:en, is:retweet), so any of its words is enough here.
        if (BooleanQuery.TryParse(channel.ListeningQuery, out var networkQuery, out _) && networkQuery!.PositiveTerms().Any())
        {
            nodes.Add(AnyOf(networkQuery.PositiveTerms()));
        }

        return text =>
        {
            var words = ListeningText.Words(text);
            return nodes.Any(node => node.Matches(words));
        };
    }

    /// <summary>Whether a post's words (already tokenized, e.g. with the brand hashtag taken out) are about the brand.</summary>
    public async Task<Func<IReadOnlyList<string>, bool>> ForBrandAsync(Guid brandId, CancellationToken cancellationToken)
    {
        var nodes = await NodesAsync(brandId, cancellationToken);
        return words => nodes.Any(node => node.Matches(words));
    }

    private async Task<List<QueryNode>> NodesAsync(Guid brandId, CancellationToken cancellationToken)
    {
        var brand = await db.Brands.AsNoTracking().SingleAsync(found => found.Id == brandId, cancellationToken);
        var queries = await db.ListeningQueries.AsNoTracking().Where(query => query.BrandId == brand.Id).ToListAsync(cancellationToken);
        var terms = new List<string> { brand.Name };
        terms.AddRange(queries.SelectMany(query => query.BrandTerms).Where(term => !ListeningText.IsHashtag(term)));
        terms.AddRange((options.Value.TherapyTerms.GetValueOrDefault(brand.Name) ?? []).Select(term => term.Trim('"')));
        var nodes = new List<QueryNode> { AnyOf(terms) };
        nodes.AddRange(queries.Select(query => query.Parsed()));
        return nodes;
    }

    private static QueryNode AnyOf(IEnumerable<string> terms) =>
        BooleanQuery.Parse(string.Join(" OR ", terms.Select(term => $"\"{term.Replace("\"", string.Empty, StringComparison.Ordinal)}\"")));
}
