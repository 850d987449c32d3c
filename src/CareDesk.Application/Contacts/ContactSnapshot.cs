using CareDesk.Domain.Contacts;

namespace CareDesk.Application.Contacts;

/// <summary>A profile's fields for the audit trail's before/after; identities (personal data) are audited sealed, apart.</summary>
public sealed record ContactSnapshot(int Number, ContactRole Role, ContactRoleSource? RoleSource, string? PreferredChannel, string? Language,
    bool DoNotContact, bool LimitSensitiveDataUse, Guid? MergedIntoId)
{
    public static ContactSnapshot Of(ContactProfile profile) => new(profile.Number, profile.Role, profile.RoleSource, profile.PreferredChannel,
        profile.Language, profile.DoNotContact, profile.LimitSensitiveDataUse, profile.MergedIntoId);
}
