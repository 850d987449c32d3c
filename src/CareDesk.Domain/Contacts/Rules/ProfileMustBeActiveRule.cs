using CareDesk.Domain.Common;

namespace CareDesk.Domain.Contacts.Rules;

public sealed class ProfileMustBeActiveRule(ContactProfile profile) : ISequencingRule
{
    public bool IsBroken() => !profile.IsActive;

    public string Message => $"Contact {profile.Number} was merged into another profile; change that profile or unmerge first.";

    public string? Field => "profile";
}
