namespace CareDesk.Domain.Roi;

/// <summary>One domain a brand's tracked links may lead to (and its sub-domains), e.g. "cardiozen.com".</summary>
public sealed class AllowedLinkDomain
{
    public const int MaxDomainLength = 253;

    private AllowedLinkDomain()
    {
        Domain = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid BrandId { get; private set; }

    public string Domain { get; private set; }

    public static AllowedLinkDomain Create(Guid brandId, string domain)
    {
        Common.BusinessRules.Check(new Rules.LinkDomainMustBeAHostNameRule(domain));
        return new AllowedLinkDomain { Id = Guid.NewGuid(), BrandId = brandId, Domain = LinkDestination.NormalizeDomain(domain) };
    }
}
