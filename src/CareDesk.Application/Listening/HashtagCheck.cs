using System.Globalization;
using CareDesk.Domain.Listening;
using CareDesk.Domain.Listening.Anomalies;

namespace CareDesk.Application.Listening;

/// <summary>
/// A brand hashtag suddenly carried by negative or off-topic posts: the hostile share of the hashtag's posts this
/// hour against its share over the previous week.
/// </summary>
public static class HashtagCheck
{
    /// <param name="isAboutBrand">Whether words (with the brand hashtags taken out) are about the brand's product or therapy area.</param>
    public static AlertCandidate? Evaluate(IReadOnlyCollection<string> hashtags, IReadOnlyList<ListeningItem> window, IReadOnlyList<ListeningItem> previousWeek,
        Func<IReadOnlyList<string>, bool> isAboutBrand, ListeningOptions options)
    {
        AlertCandidate? strongest = null;
        foreach (var hashtag in hashtags)
        {
            var now = Tagged(window, hashtag);
            var before = Tagged(previousWeek, hashtag);
            var hostileNow = now.Where(item => IsHostile(item, hashtags, isAboutBrand)).ToList();
            var baselineShare = before.Count == 0 ? 0 : (double)before.Count(item => IsHostile(item, hashtags, isAboutBrand)) / before.Count;
            var score = new HashtagHijackScore(hashtag, now.Count, hostileNow.Count, baselineShare);
            if (!score.IsHijack(options.MinHashtagPosts, options.MinHashtagHostileRise))
            {
                continue;
            }

            var severity = score.Severity(options.MinHashtagPosts);
            if (strongest is null || severity > strongest.Severity)
            {
                var summary = string.Create(CultureInfo.InvariantCulture,
                    $"{hashtag}: {hostileNow.Count} of {now.Count} posts negative or off-topic ({score.Share:P0}) against {baselineShare:P0} over the previous week.");
                strongest = new AlertCandidate(ListeningAlertKind.HashtagHijack, severity, hostileNow.Count, Math.Round(baselineShare * now.Count, 2), summary, [.. hostileNow.Select(item => item.PostId)]);
            }
        }

        return strongest;
    }

    private static List<ListeningItem> Tagged(IReadOnlyList<ListeningItem> items, string hashtag) =>
        [.. items.Where(item => ListeningText.Words(item.Text).Contains(hashtag, StringComparer.Ordinal))];

    private static bool IsHostile(ListeningItem item, IReadOnlyCollection<string> hashtags, Func<IReadOnlyList<string>, bool> isAboutBrand) =>
        item.IsNegative || !isAboutBrand([.. ListeningText.Words(item.Text).Where(word => !hashtags.Contains(word))]);
}
