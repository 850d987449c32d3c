namespace CareDesk.Domain.Pharmacovigilance;

/// <summary>E2B(R3) D.2.3 patient age group as the reporter gave it, with its ICH codes.</summary>
public enum PatientAgeGroup
{
    Foetus = 0,
    Neonate = 1,
    Infant = 2,
    Child = 3,
    Adolescent = 4,
    Adult = 5,
    Elderly = 6,
}
