using CareDesk.Application.Abstractions;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Listening;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Listening;

/// <summary>One public post as analytics see it: the author only as a pseudonym (R43b), never the handle.</summary>
public sealed record ListeningItem(Guid PostId, string AuthorPseudonym, string Text, DateTimeOffset PostedAt, string Sentiment)
{
    public bool IsNegative => Sentiment == "negative";
}

/// <param name="Items">Posts that may be analysed.</param>
/// <param name="ExcludedByLimitRequests">Posts left out because their author asked to limit the use of sensitive data (R44).</param>
public sealed record ListeningSlice(IReadOnlyList<ListeningItem> Items, int ExcludedByLimitRequests);

/// <summary>
/// Loads a brand's public posts for analytics and anomaly detection. Authors who asked to limit the use of their
/// sensitive data (R44) are left out here, in one place, so no analytics path can forget them; their posts are still
/// stored and screened by intake.
/// </summary>
public sealed class ListeningDataset(IAppDbContext db, AuthorPseudonyms pseudonyms)
{
    public async Task<ListeningSlice> LoadAsync(Guid brandId, DateTimeOffset from, DateTimeOffset to, QueryNode? filter, CancellationToken cancellationToken)
    {
        var rows = await db.Posts.AsNoTracking()
            .Where(post => post.IsPublic && post.PostedAt >= from && post.PostedAt < to)
            .Join(db.Channels.Where(channel => channel.BrandId == brandId), post => post.ChannelId, channel => channel.Id,
                (post, channel) => new { post.Id, post.Author, post.Text, post.PostedAt, post.Signals, channel.Kind })
            .ToListAsync(cancellationToken);
        var limited = (await db.AuthorUsePreferences.AsNoTracking().Where(preference => preference.LimitSensitiveDataUse)
            .Select(preference => preference.AuthorPseudonym).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        var items = new List<ListeningItem>(rows.Count);
        var excluded = 0;
        foreach (var row in rows.Where(row => filter is null || BooleanQuery.Matches(filter, row.Text)))
        {
            var pseudonym = pseudonyms.Of(row.Kind, row.Author);
            if (limited.Contains(pseudonym))
            {
                excluded++;
                continue;
            }

            items.Add(new ListeningItem(row.Id, pseudonym, row.Text, row.PostedAt, row.Signals?.Sentiment ?? "unknown"));
        }

        return new ListeningSlice([.. items.OrderBy(item => item.PostedAt)], excluded);
    }

    /// <summary>The brands that have at least one channel, i.e. something to listen to.</summary>
    public async Task<IReadOnlyList<Brand>> BrandsAsync(CancellationToken cancellationToken) =>
        await db.Brands.AsNoTracking().Where(brand => db.Channels.Any(channel => channel.BrandId == brand.Id)).OrderBy(brand => brand.Name).ToListAsync(cancellationToken);
}
