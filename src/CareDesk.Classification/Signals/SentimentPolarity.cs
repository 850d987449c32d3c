namespace CareDesk.Classification.Signals;

public enum SentimentPolarity
{
    Negative,
    Neutral,
    Positive,
}
