using CareDesk.Domain.Common;

namespace CareDesk.Domain.Roi.Rules;

/// <summary>A tracked link leads only to https addresses on the brand's allowed domains: CareDesk is never an open redirect.</summary>
public sealed class LinkDestinationMustBeAllowedRule(string? destination, IReadOnlyCollection<string> allowedDomains) : IBusinessRule
{
    public bool IsBroken() => !LinkDestination.IsAllowed(destination, allowedDomains);

    public string Message => allowedDomains.Count == 0
        ? "This brand has no allowed link domains yet; a supervisor adds them first."
        : $"The destination must be an https address on {string.Join(", ", allowedDomains)} (or a sub-domain).";

    public string? Field => "destination";
}
