using CareDesk.Domain.Common;

namespace CareDesk.Domain.Contacts.Rules;

public sealed class ProfilesToMergeMustDifferRule(ContactProfile merged, ContactProfile survivor) : IBusinessRule
{
    public bool IsBroken() => merged.Id == survivor.Id;

    public string Message => "A profile cannot be merged into itself.";

    public string? Field => "into";
}
