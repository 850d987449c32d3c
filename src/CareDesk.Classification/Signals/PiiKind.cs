namespace CareDesk.Classification.Signals;

/// <summary>The kinds of personal data the PII detector finds (R43 minimisation).</summary>
public enum PiiKind
{
    Email,
    Phone,
    PersonName,
    Address,
    DateOfBirth,
}
