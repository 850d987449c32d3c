namespace CareDesk.Classification.Evidence;

/// <summary>Special situations that pharmacovigilance collects even without an adverse reaction (GVP VI.B.6).</summary>
public enum SpecialSituation
{
    PregnancyExposure,
    Overdose,
    Misuse,
    LackOfEffect,
    MedicationError,
}
