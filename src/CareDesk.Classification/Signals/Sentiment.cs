namespace CareDesk.Classification.Signals;

/// <summary>The tone of a post: a polarity and a score in -1..1 (0 neutral).</summary>
public sealed record Sentiment(SentimentPolarity Polarity, double Score)
{
    public static Sentiment Neutral { get; } = new(SentimentPolarity.Neutral, 0);
}
