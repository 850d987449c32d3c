namespace CareDesk.Domain.Pharmacovigilance;

/// <summary>E2B C.2.r.4 codes; a social-media reporter whose qualification is unknown defaults to consumer (R5).</summary>
public enum ReporterQualification
{
    Physician = 1,
    Pharmacist = 2,
    OtherHealthProfessional = 3,
    Lawyer = 4,
    Consumer = 5,
}
