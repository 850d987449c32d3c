using CareDesk.Domain.Roi;

namespace CareDesk.Domain.Tests.Roi;

public sealed class UtmParametersTests
{
    [Fact]
    public void Tags_name_channel_medium_campaign_and_template_version()
    {
        var utm = new UtmParameters("x-cardiozen-us", "winter-savings", UtmParameters.ContentFor("CZ-US-0160", 2));

        var target = utm.ApplyTo(new Uri("https://www.cardiozen.com/savings"));

        target.ToString().ShouldBe("https://www.cardiozen.com/savings?utm_source=x-cardiozen-us&utm_medium=social-care&utm_campaign=winter-savings&utm_content=CZ-US-0160-v2");
    }

    [Fact]
    public void Other_query_parameters_and_the_fragment_are_kept_and_old_utm_tags_replaced()
    {
        var utm = new UtmParameters("facebook-cardiozen", "spring", null);

        var target = utm.ApplyTo(new Uri("https://cardiozen.com/offer?lang=en&utm_source=newsletter&UTM_MEDIUM=email#terms"));

        target.AbsoluteUri.ShouldBe("https://cardiozen.com/offer?lang=en&utm_source=facebook-cardiozen&utm_medium=social-care&utm_campaign=spring#terms");
    }

    [Fact]
    public void Tag_values_are_escaped()
    {
        var target = new UtmParameters("a&b", "c d", "e=f").ApplyTo(new Uri("https://cardiozen.com/"));

        target.Query.ShouldBe("?utm_source=a%26b&utm_medium=social-care&utm_campaign=c%20d&utm_content=e%3Df");
    }

    [Fact]
    public void A_link_without_a_template_says_so_in_utm_content() =>
        UtmParameters.ContentFor(null, null).ShouldBe("no-template");
}
