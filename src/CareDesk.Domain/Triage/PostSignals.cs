namespace CareDesk.Domain.Triage;

/// <summary>Hints an agent reads alongside the labels: language, sentiment, who is writing, and which kinds of personal data the text holds.</summary>
public sealed record PostSignals(string Language, double LanguageConfidence, string Sentiment, double SentimentScore, string ReporterRole, IReadOnlyList<string> PiiKinds);
