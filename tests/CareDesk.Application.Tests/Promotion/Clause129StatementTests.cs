using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Application.Tests.Templates;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Common;
using CareDesk.Domain.Templates;

namespace CareDesk.Application.Tests.Promotion;

/// <summary>R28: UK promotional material carries the ABPI Clause 12.9 adverse-event reporting statement itself.</summary>
public sealed class Clause129StatementTests
{
    private const string Promotion = "Cardiozen (zenolapril) lowers high blood pressure in adults. Serious risks: dizziness, fainting and very low blood pressure; "
        + "do not use in pregnancy. Full risk information: https://cardiozen.example/risks";

    private const string Statement = " Adverse events should be reported. Reporting forms and information can be found at https://yellowcard.mhra.gov.uk. "
        + "Adverse events should also be reported to Zenith Pharma Ltd on 0800 000 0000.";

    [Fact]
    public async Task R28_UK_promotional_template_without_the_statement_fails_MLR_submission_and_with_it_passes()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await PromotionFlow.SetRiskLibraryAsync(host);
        var without = await MlrFlow.DraftAsync(host, await PromotionFlow.PromotionalInputAsync(host, Promotion, jobCode: "CZ-UK-0100", channels: [ChannelKind.Email], markets: ["UK"]));
        var with = await MlrFlow.DraftAsync(host, await PromotionFlow.PromotionalInputAsync(host, Promotion + Statement, jobCode: "CZ-UK-0101", channels: [ChannelKind.Email], markets: ["UK"]));

        var refusal = await Should.ThrowAsync<BusinessRuleViolationException>(() => MlrFlow.SubmitAsync(host, without.Id));
        var check = await PromotionFlow.CheckAsync(host, without.Id);

        refusal.Message.ShouldBe("Clause 12.9 statement missing");
        check.Findings.Single().Message.ShouldBe("Clause 12.9 statement missing");
        (await MlrFlow.SubmitAsync(host, with.Id)).Status.ShouldBe(TemplateStatus.InReview);
    }
}
