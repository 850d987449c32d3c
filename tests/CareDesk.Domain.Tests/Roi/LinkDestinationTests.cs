using CareDesk.Domain.Common;
using CareDesk.Domain.Roi;

namespace CareDesk.Domain.Tests.Roi;

public sealed class LinkDestinationTests
{
    private static readonly string[] Allowed = ["cardiozen.com"];

    [Theory]
    [InlineData("https://cardiozen.com/savings")]
    [InlineData("https://www.cardiozen.com/savings?x=1")]
    [InlineData("https://CARDIOZEN.com")]
    public void Https_addresses_on_an_allowed_domain_or_its_sub_domains_are_allowed(string destination) =>
        LinkDestination.IsAllowed(destination, Allowed).ShouldBeTrue();

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("https://cardiozen.com.evil.example/")]
    [InlineData("https://evilcardiozen.com/")]
    [InlineData("http://cardiozen.com/")]
    [InlineData("https://cardiozen.com@evil.example/")]
    [InlineData("https://user:pw@cardiozen.com/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("//evil.example")]
    [InlineData("/relative")]
    [InlineData("https://evil.example\\@cardiozen.com")]
    [InlineData("https://93.184.216.34/")]
    [InlineData("")]
    public void Anything_else_is_refused_so_the_redirect_cannot_be_an_open_redirect(string destination) =>
        LinkDestination.IsAllowed(destination, Allowed).ShouldBeFalse();

    [Fact]
    public void A_link_to_a_domain_off_the_allow_list_cannot_be_created()
    {
        var refused = Should.Throw<BusinessRuleViolationException>(() => TrackedLink.Create("ABCDEFGH", Guid.NewGuid(), Guid.NewGuid(), "x-cardiozen-us", null,
            "winter", "https://evil.example/", Allowed, null, "sam", DateTimeOffset.UnixEpoch));

        refused.Rule.Field.ShouldBe("destination");
    }

    [Fact]
    public void A_link_whose_domain_left_the_allow_list_redirects_nowhere()
    {
        var link = TrackedLink.Create("ABCDEFGH", Guid.NewGuid(), Guid.NewGuid(), "x-cardiozen-us", new TemplateReference(Guid.NewGuid(), 3, "CZ-US-0160"),
            "Winter", "https://cardiozen.com/savings", Allowed, null, "sam", DateTimeOffset.UnixEpoch);

        link.RedirectTarget(Allowed)!.Query.ShouldBe("?utm_source=x-cardiozen-us&utm_medium=social-care&utm_campaign=winter&utm_content=CZ-US-0160-v3");
        link.RedirectTarget(["respiro.co.uk"]).ShouldBeNull();
    }

    [Theory]
    [InlineData(" Cardiozen.com. ", "cardiozen.com")]
    [InlineData("localhost", "")]
    [InlineData("https://cardiozen.com", "")]
    [InlineData("card iozen.com", "")]
    public void Allowed_domains_are_plain_host_names(string typed, string normalized) =>
        LinkDestination.NormalizeDomain(typed).ShouldBe(normalized);
}
