using CareDesk.Domain.Common;

namespace CareDesk.Domain.Channels.Rules;

public sealed class PostCharacterLimitMustBePositiveRule(int? limit) : IBusinessRule
{
    public bool IsBroken() => limit is < 1 or > 100_000;

    public string Message => "'postCharacterLimit' must be between 1 and 100000, or empty for the network's limit.";

    public string? Field => "postCharacterLimit";
}
