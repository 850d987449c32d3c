using CareDesk.Application.Abstractions;

namespace CareDesk.Application.Privacy;

/// <summary>
/// The stand-in where a host registers no PII detector (the classification module provides it): an export there fails
/// loudly rather than leaving identifiers in a file that claims to be redacted (R43d).
/// </summary>
internal sealed class MissingPersonalDataRedactor : IPersonalDataRedactor
{
    public string Redact(string text) =>
        throw new InvalidOperationException("This host has no PII detector for redacting exports; register one (AddClassification) before exporting.");
}
