using CareDesk.Domain.Common;

namespace CareDesk.Domain.Users.Rules;

/// <summary>A user id belongs to one person for ever (21 CFR 11.300(a), R34): a deactivated id stays retired.</summary>
public sealed class UserIdMustNeverBeReusedRule(string userName, UserAccount? existing) : IBusinessRule
{
    public bool IsBroken() => existing is not null;

    public string Message => existing is { Active: false }
        ? $"The user id '{userName}' is retired: it belonged to a deactivated account and is never reused. Choose another id."
        : $"The user id '{userName}' is already taken.";

    public string? Field => "userName";
}
