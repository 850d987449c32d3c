namespace CareDesk.Domain.Privacy;

/// <summary>Why personal data is processed; each purpose carries its own lawful basis (R40) and consent scope (R41).</summary>
public enum ProcessingPurpose
{
    Pharmacovigilance,
    MedicalInformation,
    CustomerCare,
    FollowUpContact,
    Listening,
    Marketing,
}
