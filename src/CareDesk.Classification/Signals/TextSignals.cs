namespace CareDesk.Classification.Signals;

/// <summary>What the text itself tells an agent about a post, beside its triage labels.</summary>
public sealed record TextSignals(Sentiment Sentiment, LanguageGuess Language, IReadOnlyList<PiiMention> Pii, ReporterRole ReporterRole);
