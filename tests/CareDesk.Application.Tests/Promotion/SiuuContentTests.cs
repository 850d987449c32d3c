using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Application.Tests.Templates;
using CareDesk.Domain.Common;

namespace CareDesk.Application.Tests.Promotion;

/// <summary>R22: scientific information on unapproved use never goes out in a proactive post or a public reply.</summary>
public sealed class SiuuContentTests
{
    [Fact]
    public async Task R22_scheduling_a_proactive_X_post_with_an_SIUU_template_is_rejected()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var siuu = await MlrFlow.ApprovedAsync(host, MlrFlow.Input(body: "Study data on use in children: {{url}}") with { Variables = [new("url", Domain.Templates.TemplateVariableKind.Url)], Siuu = true });

        var refusal = await Should.ThrowAsync<BusinessRuleViolationException>(() => PromotionFlow.ScheduleAsync(host, siuu.Id));

        refusal.Message.ShouldBe("SIUU content not permitted in public/proactive posts");
        refusal.Rule.ShouldBeAssignableTo<IUnprocessableRule>();
        siuu.Siuu.ShouldBeTrue();
    }

    [Fact]
    public async Task R22_a_public_reply_with_an_SIUU_template_is_rejected_and_nothing_is_sent()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var siuu = await MlrFlow.ApprovedAsync(host, MlrFlow.Input() with { Siuu = true });
        var question = await host.IngestAsync("Thanks Cardiozen team, where do I learn more?");

        var refusal = await Should.ThrowAsync<BusinessRuleViolationException>(() => MlrFlow.SendAsync(host, question.CaseNumber, siuu.Id));

        refusal.Message.ShouldBe("SIUU content not permitted in public/proactive posts");
        (await host.QueryAsync((db, ct) => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Replies, ct))).ShouldBe(0);
    }
}
