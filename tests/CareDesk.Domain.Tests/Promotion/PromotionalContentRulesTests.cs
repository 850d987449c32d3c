using CareDesk.Domain.Channels;
using CareDesk.Domain.Misinformation;
using CareDesk.Domain.Misinformation.Rules;
using CareDesk.Domain.Promotion;
using CareDesk.Domain.Promotion.Rules;
using CareDesk.Domain.Templates;

namespace CareDesk.Domain.Tests.Promotion;

public sealed class PromotionalContentRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    private static readonly ProductRiskInformation Cardiozen = ProductRiskInformation.Create(Guid.NewGuid(), new ProductRiskDetails("Cardiozen", "zenolapril",
        "Serious risks: dizziness and fainting.", "https://cardiozen.example/risks", "https://cardiozen.example/pi", "Zenith Pharma Ltd", BoxedWarning: false), "sam", Now);

    private static ResponseTemplate Template(string body, string? claim = "lowers blood pressure", string[]? markets = null, ChannelKind[]? channels = null) =>
        ResponseTemplate.CreateDraft(new TemplateContent("Promo", "CZ-US-0001", body, [], [], channels ?? [ChannelKind.X], markets ?? ["US"], TemplateCategory.Promotional,
            new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 23), new DateOnly(2027, 11, 23), Cardiozen.BrandId, BenefitClaim: claim), "sam", Now);

    [Fact]
    public void Broken_WhenAllFiveElementsArePresentAndFit_IsEmpty()
    {
        const string body = "Cardiozen (zenolapril) lowers blood pressure. Serious risks: dizziness and   fainting. https://cardiozen.example/risks";

        PromotionalContentRules.Broken(Template(body), body, Cardiozen, 280).ShouldBeEmpty();
        PromotionalContentRules.Broken(Template(body), body, Cardiozen, 100).Single().Message.ShouldBe("benefit+risk does not fit – platform not permitted");
    }

    [Fact]
    public void Broken_WhenTheRiskBlockAndNamesAreMissing_NamesEachFailedElement()
    {
        const string body = "Cardiozen lowers blood pressure.";

        PromotionalContentRules.Broken(Template(body), body, Cardiozen, 280).Select(rule => rule.Field).ShouldBe(["mostSeriousRisks", "riskPageUrl", "productNames"]);
    }

    [Fact]
    public void Clause129_IsRequiredOnlyOnUkPromotionalTemplates()
    {
        var uk = Template("Cardiozen", markets: ["UK"], channels: [ChannelKind.Email]);
        var withStatement = Template("Adverse events should be reported. Reporting forms and information can be found at https://yellowcard.mhra.gov.uk. "
            + "Adverse events should also be reported to Zenith Pharma Ltd.", markets: ["UK"], channels: [ChannelKind.Email]);

        new UkPromotionalTemplateMustCarryClause129StatementRule(uk).IsBroken().ShouldBeTrue();
        new UkPromotionalTemplateMustCarryClause129StatementRule(withStatement).IsBroken().ShouldBeFalse();
        new UkPromotionalTemplateMustCarryClause129StatementRule(Template("Cardiozen")).IsBroken().ShouldBeFalse();
    }

    [Fact]
    public void SiuuAndThreads_AreRefusedForProactiveOrPublicUseOnly()
    {
        var siuu = ResponseTemplate.CreateDraft(new TemplateContent("SIUU", "CZ-US-0002", "Data on use in children.", [], [], [], ["US"], TemplateCategory.Service,
            new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 23), new DateOnly(2027, 11, 23), Siuu: true), "sam", Now);

        new SiuuContentMustNotBePublicRule(siuu, publicOrProactive: true).Message.ShouldBe("SIUU content not permitted in public/proactive posts");
        new SiuuContentMustNotBePublicRule(siuu, publicOrProactive: true).IsBroken().ShouldBeTrue();
        new SiuuContentMustNotBePublicRule(siuu, publicOrProactive: false).IsBroken().ShouldBeFalse();
        new PromotionalPostMustNotBeSplitAcrossThreadRule([Template("Cardiozen"), siuu]).IsBroken().ShouldBeTrue();
        new PromotionalPostMustNotBeSplitAcrossThreadRule([Template("Cardiozen")]).IsBroken().ShouldBeFalse();
    }

    [Fact]
    public void Attest_WhenAnItemHasNeitherCorrectionNorRationale_IsRefused()
    {
        var correction = MisinformationCorrection.Start(Cardiozen.BrandId, "https://www.reddit.com/r/x/comments/1", "snapshot", Now,
            [("cures in a week", MisinformationDirection.Positive), ("causes kidney failure", MisinformationDirection.Negative)], "alice", Now);
        var service = ResponseTemplate.CreateApproved("Correction", "CZ-US-0900", "Kidney problems are uncommon.", [], [], [], new DateOnly(2027, 1, 1), "mira", Now, ["US"]);

        correction.SelectCorrection(service, service.Body, [2], Cardiozen);

        Should.Throw<Common.BusinessRuleViolationException>(() => correction.Attest("alice", Now)).Rule.ShouldBeOfType<AllMisinformationMustBeAddressedRule>();
        correction.DocumentRationale(1, "Removed by the moderator.");
        correction.Attest("alice", Now);
        correction.Status.ShouldBe(MisinformationCorrectionStatus.Attested);
        correction.CorrectionText.ShouldBe("This correction is posted by Zenith Pharma Ltd, the maker of Cardiozen (zenolapril).\nKidney problems are uncommon.\n"
            + "Full Prescribing Information: https://cardiozen.example/pi");
    }
}
