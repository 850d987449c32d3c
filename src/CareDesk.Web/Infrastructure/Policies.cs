namespace CareDesk.Web.Infrastructure;

public static class Policies
{
    /// <summary>Supervisors and admins: edit triage rules, templates, calendars and channels.</summary>
    public const string ContentManager = nameof(ContentManager);

    /// <summary>Admins: user accounts, lockouts, lost devices and security alerts (R34).</summary>
    public const string Admin = nameof(Admin);

    /// <summary>Everyone but marketing: medical-information requests (R20).</summary>
    public const string MedicalInformation = nameof(MedicalInformation);
}
