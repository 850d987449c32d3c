using CareDesk.Domain.Common;
using CareDesk.Domain.Contacts.Rules;

namespace CareDesk.Domain.Contacts;

/// <summary>
/// One person across channels: their identities (<see cref="ContactIdentity"/>) point here. Holds only what care needs:
/// whether they are a patient, caregiver or HCP (and how we know), how they want to be contacted, and their request to
/// limit the use of sensitive data (R44). A profile merged into another stays, inactive, so the merge can be undone.
/// </summary>
public sealed class ContactProfile
{
    public const int MaxLanguageLength = 16;

    private ContactProfile()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>A short number staff can say and link to (/contacts/{number}).</summary>
    public int Number { get; private set; }

    public ContactRole Role { get; private set; }

    public ContactRoleSource? RoleSource { get; private set; }

    public string? PreferredChannel { get; private set; }

    public string? Language { get; private set; }

    public bool DoNotContact { get; private set; }

    /// <summary>R44: "Limit the use of my sensitive personal information"; screening for AEs still applies.</summary>
    public bool LimitSensitiveDataUse { get; private set; }

    /// <summary>Followers or subscribers across the person's identities, as staff last recorded it.</summary>
    public int? Reach { get; private set; }

    /// <summary>Average interactions per post as a percentage of reach.</summary>
    public decimal? EngagementRate { get; private set; }

    /// <summary>Only staff verification counts: self-declaration or platform targeting never makes an author an HCP (R25).</summary>
    public bool IsVerifiedHcp => Role == ContactRole.Hcp && RoleSource == ContactRoleSource.VerifiedByStaff;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public Guid? MergedIntoId { get; private set; }

    public bool IsActive => MergedIntoId is null;

    public static ContactProfile Create(int number, DateTimeOffset at) => new() { Id = Guid.NewGuid(), Number = number, CreatedAt = at, ChangedAt = at };

    /// <summary>Sets the role unless a stronger source already said otherwise; returns whether it changed.</summary>
    public bool SetRole(ContactRole role, ContactRoleSource source, DateTimeOffset at)
    {
        BusinessRules.Check(new ProfileMustBeActiveRule(this));
        if (RoleSource is { } current && current > source || (Role == role && RoleSource == source))
        {
            return false;
        }

        Role = role;
        RoleSource = role == ContactRole.Unknown ? null : source;
        ChangedAt = at;
        return true;
    }

    public void SetPreferences(string? preferredChannel, string? language, bool doNotContact, DateTimeOffset at)
    {
        BusinessRules.Check(new ProfileMustBeActiveRule(this));
        PreferredChannel = string.IsNullOrWhiteSpace(preferredChannel) ? null : preferredChannel.Trim().ToLowerInvariant();
        Language = string.IsNullOrWhiteSpace(language) ? null : language.Trim();
        DoNotContact = doNotContact;
        ChangedAt = at;
    }

    public void SetInfluence(int? reach, decimal? engagementRate, DateTimeOffset at)
    {
        BusinessRules.Check(new ProfileMustBeActiveRule(this));
        Reach = reach;
        EngagementRate = engagementRate;
        ChangedAt = at;
    }

    public void SetDataUseLimit(bool limit, DateTimeOffset at)
    {
        LimitSensitiveDataUse = limit;
        ChangedAt = at;
    }

    /// <summary>This profile's identities now belong to <paramref name="survivor"/>; the stricter data-use choice wins.</summary>
    public void MergeInto(ContactProfile survivor, DateTimeOffset at)
    {
        BusinessRules.Check(new ProfilesToMergeMustDifferRule(this, survivor));
        BusinessRules.Check(new ProfileMustBeActiveRule(this));
        BusinessRules.Check(new ProfileMustBeActiveRule(survivor));
        MergedIntoId = survivor.Id;
        ChangedAt = at;
        survivor.DoNotContact |= DoNotContact;
        survivor.LimitSensitiveDataUse |= LimitSensitiveDataUse;
        if (survivor.Role == ContactRole.Unknown && Role != ContactRole.Unknown)
        {
            survivor.Role = Role;
            survivor.RoleSource = RoleSource;
        }

        survivor.ChangedAt = at;
    }

    /// <summary>
    /// A data-subject erasure (R42): the preferences that describe the person go, and nobody contacts them again; the
    /// role stays, because replies and approvals on retained PV cases depend on whether the reporter was an HCP.
    /// </summary>
    public void Pseudonymise(DateTimeOffset at)
    {
        PreferredChannel = null;
        Language = null;
        DoNotContact = true;
        ChangedAt = at;
    }

    public void Restore(DateTimeOffset at)
    {
        MergedIntoId = null;
        ChangedAt = at;
    }
}
