using CareDesk.Domain.Common;

namespace CareDesk.Domain.Roi.Rules;

public sealed class LinkMustExpireInTheFutureRule(DateTimeOffset? expiresAt, DateTimeOffset now) : IBusinessRule
{
    public bool IsBroken() => expiresAt is { } expires && expires <= now;

    public string Message => "A link's expiry must lie in the future.";

    public string? Field => "expiresAt";
}
