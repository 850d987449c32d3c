using CareDesk.Application.Abstractions;

namespace CareDesk.Classification.Signals;

/// <summary>The export redaction port served by the same PII detector that screens posts, so exports and screening agree on what is personal.</summary>
public sealed class PiiDetectorRedactor : IPersonalDataRedactor
{
    public string Redact(string text) => PiiDetector.Redact(text);
}
