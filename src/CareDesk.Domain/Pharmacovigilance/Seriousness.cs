namespace CareDesk.Domain.Pharmacovigilance;

/// <summary>The six independent ICH seriousness criteria (E2B E.i.3.2a-f, R7); serious if any one holds.</summary>
public sealed record Seriousness(
    bool ResultsInDeath,
    bool LifeThreatening,
    bool Hospitalisation,
    bool Disability,
    bool CongenitalAnomaly,
    bool OtherMedicallyImportant)
{
    public static Seriousness None { get; } = new(false, false, false, false, false, false);

    public bool IsSerious => ResultsInDeath || LifeThreatening || Hospitalisation || Disability || CongenitalAnomaly || OtherMedicallyImportant;
}
