namespace CareDesk.Domain.Listening.Anomalies;

/// <param name="Hashtag">The brand hashtag, e.g. "#cardiozen".</param>
/// <param name="Posts">Posts in the window that carry the hashtag.</param>
/// <param name="Hostile">Of those, the posts that are negative or match none of the brand's listening terms (off-topic).</param>
/// <param name="BaselineShare">The hostile share of the hashtag's posts in the previous weeks.</param>
public sealed record HashtagHijackScore(string Hashtag, int Posts, int Hostile, double BaselineShare)
{
    public double Share => Posts == 0 ? 0 : (double)Hostile / Posts;

    /// <summary>The rise in hostile share over the baseline, in share points.</summary>
    public double Rise => Share - BaselineShare;

    /// <summary>
    /// A hijack needs enough posts to mean something, a hostile majority, and a rise of at least
    /// <paramref name="minRise"/> share points over what is normal for the hashtag.
    /// </summary>
    public bool IsHijack(int minPosts, double minRise) => Posts >= minPosts && Share > 0.5 && Rise >= minRise;

    /// <summary>Grows with the rise (up to 6 points) and the number of posts (a point per doubling over the minimum, up to 4).</summary>
    public int Severity(int minPosts) =>
        Math.Clamp((int)Math.Round(Rise * 6) + (int)Math.Floor(Math.Log2(Math.Max(1, (double)Posts / minPosts))), 1, 10);
}
