using CareDesk.Domain.Replies;

namespace CareDesk.Domain.Tests.Replies;

public sealed class PublicReplyScreenTests
{
    private const string Template = "Hi Jo, please send us a direct message so we can help.";

    [Theory]
    [InlineData("Sorry to hear about your seizures, John", "health term: seizures")]
    [InlineData("Sorry to hear about your seizures, John", "name: John")]
    [InlineData("Hi Jo, call us back on +1 555 010 2030.", "phone number: +1 555 010 2030")]
    [InlineData("Hi Jo, we wrote to jo.doe@example.com.", "e-mail: jo.doe@example.com")]
    [InlineData("Hi Jo, we will send it to 12 Baker Street today.", "address: 12 Baker Street")]
    public void R43c_finds_health_terms_and_PII_that_the_template_does_not_carry(string reply, string finding) =>
        PublicReplyScreen.FindNotInTemplate(reply, Template).ShouldContain(finding);

    [Theory]
    [InlineData(Template)]
    [InlineData("Hi Jo, please send us a direct message.")]
    [InlineData("Thanks Jo, please send us a direct message so we can help.")]
    public void R43c_text_made_of_the_templates_own_words_passes(string reply) =>
        PublicReplyScreen.FindNotInTemplate(reply, Template).ShouldBeEmpty();
}
