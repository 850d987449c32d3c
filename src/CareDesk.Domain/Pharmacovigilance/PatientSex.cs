namespace CareDesk.Domain.Pharmacovigilance;

/// <summary>E2B(R3) D.5 sex, with the ISO 5218 codes it is exported as.</summary>
public enum PatientSex
{
    Male = 1,
    Female = 2,
}
