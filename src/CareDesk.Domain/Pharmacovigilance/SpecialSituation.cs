namespace CareDesk.Domain.Pharmacovigilance;

/// <summary>
/// The special situations PV collects even without an adverse reaction (GVP VI.B.6, R6). Each is an independent flag:
/// a post can be an overdose and a medication error at once.
/// </summary>
public enum SpecialSituation
{
    PregnancyMaternalExposure,
    PregnancyPaternalExposure,
    BreastFeedingExposure,
    PaediatricUse,
    ElderlyUse,
    Overdose,
    Abuse,
    Misuse,
    OffLabelUse,
    MedicationError,
    NameConfusion,
    InterceptedMedicationError,
    OccupationalExposure,
    LackOfEfficacy,
    InfectiousAgentTransmission,
    CounterfeitProduct,
    DrugInteraction,
}
