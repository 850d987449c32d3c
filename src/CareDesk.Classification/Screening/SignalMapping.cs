using CareDesk.Classification.Signals;
using CareDesk.Domain.Triage;

namespace CareDesk.Classification.Screening;

internal static class SignalMapping
{
    public static PostSignals ToSignals(TextSignals signals) => new(
        signals.Language.IsoCode,
        Math.Round(signals.Language.Confidence, 3),
        signals.Sentiment.Polarity.ToString().ToLowerInvariant(),
        Math.Round(signals.Sentiment.Score, 3),
        signals.ReporterRole.Kind.ToString().ToLowerInvariant(),
        [.. signals.Pii.Select(mention => mention.Kind.ToString().ToLowerInvariant()).Distinct()]);
}
