namespace CareDesk.Domain.Security;

/// <summary>Whether a channel or programme makes the customer subject to HIPAA (R39).</summary>
public enum HipaaStatus
{
    /// <summary>The usual case for a manufacturer's own channels: HIPAA does not apply, HIPAA-grade safeguards still do.</summary>
    NotCovered,

    CoveredEntity,

    /// <summary>E.g. a patient-support programme run for a provider or payer.</summary>
    BusinessAssociate,
}
