namespace CareDesk.Domain.Users;

/// <summary>The MLR review roles; every required role must approve a template version (R47).</summary>
public enum ReviewerRole
{
    Medical,
    Legal,
    Regulatory,

    /// <summary>
    /// ABPI Clause 8.1 final certification of UK material: signed only by a user flagged as a UK nominated signatory
    /// (registered medical practitioner or pharmacist) who is not the author (R47).
    /// </summary>
    UkCertifier,
}
