namespace CareDesk.Classification.Signals;

/// <summary>Runs the product-independent signal detectors over one post.</summary>
public static class TextSignalAnalyzer
{
    public static TextSignals Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new TextSignals(
            SentimentAnalyzer.Analyze(text),
            LanguageDetector.Detect(text),
            PiiDetector.Find(text),
            ReporterRoleDetector.Detect(text));
    }
}
