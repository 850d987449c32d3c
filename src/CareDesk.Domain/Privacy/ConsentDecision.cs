namespace CareDesk.Domain.Privacy;

/// <summary>What the person answered when the consent text was shown.</summary>
public enum ConsentDecision
{
    Granted,
    Declined,
}
