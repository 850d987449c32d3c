using CareDesk.Domain.Common;

namespace CareDesk.Domain.Roi.Rules;

public sealed class LinkDomainMustBeAHostNameRule(string? domain) : IBusinessRule
{
    public bool IsBroken() => LinkDestination.NormalizeDomain(domain).Length is 0 or > AllowedLinkDomain.MaxDomainLength;

    public string Message => $"'{domain}' is not a domain name such as cardiozen.com.";

    public string? Field => "domains";
}
