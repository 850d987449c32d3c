namespace CareDesk.Domain.Privacy;

/// <summary>The answer to a rectification or restriction request (GDPR Art 16 and 18, R42).</summary>
public enum DataSubjectRequestDecision
{
    Granted,
    Refused,
}
