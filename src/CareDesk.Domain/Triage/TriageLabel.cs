namespace CareDesk.Domain.Triage;

/// <summary>What a post is about. A post can carry several labels at once (R14).</summary>
public enum TriageLabel
{
    AdverseEvent,
    ProductComplaint,
    MedicalInquiry,
    OffLabel,
    GeneralInquiry,
    Praise,
    CrisisSignal,
    Other,
}
