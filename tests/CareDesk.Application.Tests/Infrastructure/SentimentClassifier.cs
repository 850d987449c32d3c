using CareDesk.Application.Abstractions;
using CareDesk.Domain.Triage;

namespace CareDesk.Application.Tests.Infrastructure;

/// <summary>The rule-based screening plus a fixed word-list sentiment, standing in for the trained detector's signal.</summary>
public sealed class SentimentClassifier(IPostClassifier inner) : IPostClassifier
{
    private static readonly string[] Negative = ["awful", "terrible", "hate", "scam", "worst", "boycott", "lied"];
    private static readonly string[] Positive = ["love", "great", "thanks", "helped"];

    public string Name => inner.Name;

    public async Task<TriageOutcome> ClassifyAsync(TriageInput input, CancellationToken cancellationToken)
    {
        var text = input.Text.ToLowerInvariant();
        var sentiment = Negative.Any(text.Contains) ? "negative" : Positive.Any(text.Contains) ? "positive" : "neutral";
        return await inner.ClassifyAsync(input, cancellationToken) with { Signals = new PostSignals("en", 1, sentiment, sentiment == "negative" ? -0.8 : 0.2, "patient", []) };
    }
}
