using CareDesk.Domain.Common;

namespace CareDesk.Domain.Privacy.Rules;

public sealed class OnlyActiveConsentCanBeWithdrawnRule(ConsentRecord record) : IBusinessRule
{
    public bool IsBroken() => !record.IsActiveGrant;

    public string Message => record.WithdrawnAt is null
        ? "This consent was declined, so there is nothing to withdraw."
        : "This consent was already withdrawn.";

    public string? Field => "consent";
}
