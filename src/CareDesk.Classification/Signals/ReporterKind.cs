namespace CareDesk.Classification.Signals;

/// <summary>Who is writing, as far as the text tells: E2B reporter qualification hints.</summary>
public enum ReporterKind
{
    Unknown,
    Patient,
    Caregiver,
    HealthcareProfessional,
}
