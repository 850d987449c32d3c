using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Listening;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Listening;

/// <param name="From">Start of the window; default: <paramref name="To"/> minus 7 days.</param>
/// <param name="To">End of the window (exclusive); default: now.</param>
/// <param name="BucketHours">Width of a volume bar: 1 to 168 hours; default 24 (6 when the window is 2 days or less).</param>
public sealed record GetListeningAnalyticsQuery(Guid QueryId, DateTimeOffset? From = null, DateTimeOffset? To = null, int? BucketHours = null);

/// <summary>
/// Volume over time, sentiment split, share of voice, top and emerging terms for one listening query over public
/// posts of its brand. Authors appear only as pseudonyms; authors who limited the use of their data are left out.
/// </summary>
public sealed class GetListeningAnalyticsHandler(IAppDbContext db, ListeningDataset dataset, TimeProvider time)
{
    public async Task<ListeningAnalyticsDto> HandleAsync(GetListeningAnalyticsQuery request, CancellationToken cancellationToken)
    {
        var query = await db.ListeningQueries.AsNoTracking().SingleOrDefaultAsync(found => found.Id == request.QueryId, cancellationToken)
            ?? throw new NotFoundException("Listening query", request.QueryId);
        var brand = await db.Brands.AsNoTracking().Where(found => found.Id == query.BrandId).Select(found => found.Name).SingleAsync(cancellationToken);
        var to = request.To ?? time.GetUtcNow();
        var from = request.From ?? to.AddDays(-7);
        var bucket = request.BucketHours ?? (to - from <= TimeSpan.FromDays(2) ? 6 : 24);
        if (from >= to || to - from > TimeSpan.FromDays(366) || bucket is < 1 or > 168)
        {
            throw ValidationFailedException.For(from >= to ? "from" : "bucketHours", "Pick a window of up to a year that starts before it ends, and bars of 1 to 168 hours.");
        }

        var filter = query.Parsed();
        var current = await dataset.LoadAsync(query.BrandId, from, to, filter, cancellationToken);
        var prior = await dataset.LoadAsync(query.BrandId, from - (to - from), from, filter, cancellationToken);
        var items = current.Items;
        var frequencies = TermTrends.DocumentFrequencies(items.Select(item => item.Text));

        return new ListeningAnalyticsDto(
            ListeningQueryDto.Of(query, brand), from, to, bucket, items.Count, current.ExcludedByLimitRequests,
            Volume(items, from, to, TimeSpan.FromHours(bucket)),
            new SentimentSplit(items.Count(item => item.Sentiment == "positive"), items.Count(item => item.Sentiment == "neutral"),
                items.Count(item => item.IsNegative), items.Count(item => item.Sentiment is not ("positive" or "neutral" or "negative"))),
            ShareOfVoice(query, items),
            [.. TermTrends.Top(frequencies, 15).Select(pair => new TermCount(pair.Key, pair.Value))],
            TermTrends.Emerging(frequencies, TermTrends.DocumentFrequencies(prior.Items.Select(item => item.Text)), minCount: 3, minGrowth: 2, take: 10),
            [.. items.GroupBy(item => item.AuthorPseudonym).Select(group => new AuthorActivity(group.Key, group.Count()))
                .OrderByDescending(author => author.Posts).ThenBy(author => author.AuthorPseudonym, StringComparer.Ordinal).Take(10)]);
    }

    private static List<VolumePoint> Volume(IReadOnlyList<ListeningItem> items, DateTimeOffset from, DateTimeOffset to, TimeSpan width)
    {
        var points = new List<VolumePoint>();
        for (var start = from; start < to; start += width)
        {
            var end = start + width;
            var inBar = items.Where(item => item.PostedAt >= start && item.PostedAt < end).ToList();
            points.Add(new VolumePoint(start, inBar.Count, inBar.Count(item => item.IsNegative)));
        }

        return points;
    }

    /// <summary>Posts mentioning the brand (any brand term) against posts mentioning each competitor.</summary>
    private static List<VoiceShare> ShareOfVoice(ListeningQuery query, IReadOnlyList<ListeningItem> items)
    {
        var voices = new List<(string Name, bool IsBrand, QueryNode Terms)>
        {
            (query.BrandTerms[0], true, BooleanQuery.Parse(string.Join(" OR ", query.BrandTerms.Select(term => $"\"{term}\"")))),
        };
        voices.AddRange(query.CompetitorTerms.Select(term => (term, false, BooleanQuery.Parse($"\"{term}\""))));
        var words = items.Select(item => ListeningText.Words(item.Text)).ToList();
        var mentions = voices.Select(voice => (voice.Name, voice.IsBrand, Count: words.Count(voice.Terms.Matches))).ToList();
        var total = mentions.Sum(voice => voice.Count);
        return [.. mentions.Select(voice => new VoiceShare(voice.Name, voice.IsBrand, voice.Count, total == 0 ? 0 : Math.Round((double)voice.Count / total, 4)))];
    }
}
