namespace CareDesk.Domain.Cases;

/// <summary>The functions a case can be handed to (R14/R15/R20).</summary>
public enum EscalationTarget
{
    Pharmacovigilance,
    Quality,
    MedicalInformation,
}
