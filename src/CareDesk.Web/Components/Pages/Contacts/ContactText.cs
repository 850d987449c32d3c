using CareDesk.Domain.Contacts;

namespace CareDesk.Web.Components.Pages.Contacts;

internal static class ContactText
{
    public static string Role(ContactRole role, ContactRoleSource? source) => role switch
    {
        ContactRole.Unknown => "unknown",
        ContactRole.Hcp => $"HCP ({Source(source)})",
        _ => $"{role.ToString().ToLowerInvariant()} ({Source(source)})",
    };

    public static string Source(ContactRoleSource? source) => source switch
    {
        ContactRoleSource.TriageHint => "triage hint",
        ContactRoleSource.SelfDeclared => "self-declared",
        ContactRoleSource.VerifiedByStaff => "verified by staff",
        _ => "not known",
    };
}
