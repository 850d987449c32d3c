namespace CareDesk.Domain.Contacts;

/// <summary>Who the person is to us: replies and approvals differ for healthcare professionals and patients (row 64).</summary>
public enum ContactRole
{
    Unknown,
    Patient,
    Caregiver,
    Hcp,
}

/// <summary>How the role became known, weakest first: a triage hint never overrides what the person said or staff verified.</summary>
public enum ContactRoleSource
{
    TriageHint,
    SelfDeclared,
    VerifiedByStaff,
}
