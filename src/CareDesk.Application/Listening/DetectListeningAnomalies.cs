using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Listening;
using CareDesk.Domain.Listening.Anomalies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Listening;

public sealed record DetectListeningAnomaliesResult(DateTimeOffset WindowStart, int AlertsRaised, int NotificationsQueued);

/// <summary>
/// Checks each brand's last complete hour for volume and negative surges, coordinated campaigns and hashtag hijacks.
/// An alert is raised once per brand, kind and hour (the job may run many times within the next hour), routed to the
/// matching routing rules' targets in the same unit of work, and audited. See ADR-018.
/// </summary>
public sealed class DetectListeningAnomaliesHandler(IAppDbContext db, ListeningDataset dataset, ListeningScope scope, AuthorPseudonyms pseudonyms,
    AuditTrail audit, TimeProvider time, IOptions<ListeningOptions> options)
{
    public async Task<DetectListeningAnomaliesResult> HandleAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var windowEnd = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        var windowStart = windowEnd.AddHours(-1);
        var rules = await db.AlertRoutingRules.AsNoTracking().Where(rule => rule.Enabled).ToListAsync(cancellationToken);
        int raised = 0, queued = 0;
        foreach (var brand in await dataset.BrandsAsync(cancellationToken))
        {
            var known = await db.ListeningAlerts.Where(alert => alert.BrandId == brand.Id && alert.WindowStart == windowStart).Select(alert => alert.Kind).ToListAsync(cancellationToken);
            foreach (var candidate in await CheckAsync(brand, windowStart, windowEnd, cancellationToken))
            {
                if (known.Contains(candidate.Kind))
                {
                    continue;
                }

                var alert = ListeningAlert.Raise(brand.Id, candidate.Kind, candidate.Severity, windowStart, windowEnd, candidate.Observed, candidate.Expected, candidate.Summary, candidate.PostIds, now);
                db.ListeningAlerts.Add(alert);
                audit.Record("listening.alert_raised", nameof(ListeningAlert), alert.Id, null,
                    new { brand = brand.Name, alert.Kind, alert.Severity, alert.WindowStart, alert.WindowEnd, alert.Observed, alert.Expected, alert.Summary, posts = alert.PostIds.Count });
                foreach (var rule in rules.Where(rule => rule.Applies(alert)))
                {
                    db.AlertNotifications.Add(AlertNotification.For(alert, rule, now));
                    queued++;
                }

                raised++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new DetectListeningAnomaliesResult(windowStart, raised, queued);
    }

    private async Task<List<AlertCandidate>> CheckAsync(Brand brand, DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var window = (await dataset.LoadAsync(brand.Id, windowStart, windowEnd, null, cancellationToken)).Items;
        var previousWeeks = new List<IReadOnlyList<ListeningItem>>();
        for (var week = 1; week <= settings.BaselineWeeks; week++)
        {
            var start = SeasonalBaseline.SameHourWeeksBefore(windowStart, week);
            previousWeeks.Add((await dataset.LoadAsync(brand.Id, start, start.AddHours(1), null, cancellationToken)).Items);
        }

        var candidates = new List<AlertCandidate?> { SurgeCheck.Evaluate(window, previousWeeks, settings) };
        if (window.Count >= settings.MinCampaignClusterSize)
        {
            var established = await EstablishedAuthorsAsync(brand.Id, windowEnd - settings.NewAccountWindow, cancellationToken);
            candidates.Add(CampaignCheck.Evaluate(window, author => !established.Contains(author), settings));
        }

        var hashtags = await BrandHashtagsAsync(brand, cancellationToken);
        if (window.Count >= settings.MinHashtagPosts && hashtags.Count > 0)
        {
            var previousWeek = (await dataset.LoadAsync(brand.Id, windowStart.AddDays(-7), windowStart, null, cancellationToken)).Items;
            candidates.Add(HashtagCheck.Evaluate(hashtags, window, previousWeek, await scope.ForBrandAsync(brand.Id, cancellationToken), settings));
        }

        return [.. candidates.OfType<AlertCandidate>()];
    }

    /// <summary>Pseudonyms of the brand's authors already seen before the new-account window began.</summary>
    private async Task<HashSet<string>> EstablishedAuthorsAsync(Guid brandId, DateTimeOffset newSince, CancellationToken cancellationToken)
    {
        var authors = await db.Posts.AsNoTracking().Where(post => post.PostedAt < newSince)
            .Join(db.Channels.Where(channel => channel.BrandId == brandId), post => post.ChannelId, channel => channel.Id, (post, channel) => new { post.Author, channel.Kind })
            .Distinct().ToListAsync(cancellationToken);
        return authors.Select(author => pseudonyms.Of(author.Kind, author.Author)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>"#" + the brand name, plus every hashtag among the brand's listening-query brand terms.</summary>
    private async Task<List<string>> BrandHashtagsAsync(Brand brand, CancellationToken cancellationToken)
    {
        var terms = await db.ListeningQueries.AsNoTracking().Where(query => query.BrandId == brand.Id).Select(query => query.BrandTerms).ToListAsync(cancellationToken);
        return [.. terms.SelectMany(list => list).Where(ListeningText.IsHashtag)
            .Append("#" + new string([.. brand.Name.ToLowerInvariant().Where(char.IsLetterOrDigit)]))
            .Distinct(StringComparer.Ordinal)];
    }
}
