namespace CareDesk.Web.Infrastructure;

public static class Policies
{
    /// <summary>Supervisors and admins: edit triage rules, templates, calendars and channels.</summary>
    public const string ContentManager = nameof(ContentManager);
}
