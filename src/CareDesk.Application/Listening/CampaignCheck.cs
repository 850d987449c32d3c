using System.Globalization;
using CareDesk.Domain.Listening.Anomalies;

namespace CareDesk.Application.Listening;

/// <summary>Near-duplicate text (MinHash over word shingles, LSH bands) posted within the hour by mostly new accounts.</summary>
public static class CampaignCheck
{
    private static readonly NearDuplicateClusters Clusters = new(new MinHash(hashCount: 64, shingleSize: 3), bands: 16);

    /// <param name="isNewAccount">Whether an author pseudonym was first seen within the new-account window.</param>
    public static AlertCandidate? Evaluate(IReadOnlyList<ListeningItem> window, Func<string, bool> isNewAccount, ListeningOptions options)
    {
        AlertCandidate? strongest = null;
        foreach (var cluster in Clusters.Find([.. window.Select(item => item.Text)], options.NearDuplicateSimilarity))
        {
            var posts = cluster.Select(index => window[index]).ToList();
            var authors = posts.Select(item => item.AuthorPseudonym).Distinct(StringComparer.Ordinal).ToList();
            var score = new CampaignScore(posts.Count, authors.Count(isNewAccount), authors.Count);
            if (!score.IsCampaign(options.MinCampaignClusterSize, options.MinNewAccountShare))
            {
                continue;
            }

            var severity = score.Severity(options.MinCampaignClusterSize);
            if (strongest is null || severity > strongest.Severity)
            {
                var summary = string.Create(CultureInfo.InvariantCulture,
                    $"{posts.Count} near-duplicate posts from {authors.Count} accounts, {score.NewAccounts} of them new (first seen within {options.NewAccountWindow.TotalDays:0} days).");
                strongest = new AlertCandidate(ListeningAlertKind.CoordinatedCampaign, severity, posts.Count, 0, summary, [.. posts.Select(item => item.PostId)]);
            }
        }

        return strongest;
    }
}
