using CareDesk.Domain.Security;

namespace CareDesk.Domain.Tests.Security;

public sealed class PersonalDataMaskTests
{
    [Theory]
    [InlineData("mail jo.bloggs@example.com please", "mail [masked] please")]
    [InlineData("call me on +44 20 7946 0018 today", "call me on [masked] today")]
    [InlineData("ask @jo_bloggs about it", "ask [masked] about it")]
    [InlineData("I live at 12 Acacia Avenue now", "I live at [masked] now")]
    [InlineData("Cardiozen 10 mg gave me a rash", "Cardiozen 10 mg gave me a rash")]
    public void Identifiers_in_free_text_are_masked_and_the_care_content_stays(string text, string expected) =>
        PersonalDataMask.MaskIdentifiers(text).ShouldBe(expected);

    [Fact]
    public void A_handle_is_masked_whole() => PersonalDataMask.MaskHandle("@patient").ShouldBe(PersonalDataMask.Masked);
}
