using CareDesk.Application.Contacts;
using CareDesk.Application.Tests.Contacts;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Common;
using CareDesk.Domain.Contacts;
using CareDesk.Domain.Replies.Approvals;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Templates.Rules;
using CareDesk.Domain.Users;
using static CareDesk.Application.Tests.Templates.MlrFlow;

namespace CareDesk.Application.Tests.Templates;

/// <summary>R25's audience half: HCP-only templates reach only authors staff verified as HCPs; replies to HCPs and KOLs take the stricter path.</summary>
public sealed class HcpAudienceTests
{
    private const string Question = "As a cardiologist, where is the Cardiozen dosing chart?";

    [Fact]
    public async Task R25_an_HCP_audience_template_is_not_offered_to_and_cannot_be_sent_to_an_author_who_only_says_they_are_an_HCP()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var template = await ApprovedAsync(host, Input() with { Audience = TemplateAudience.VerifiedHcp });
        var post = await host.PostAsAsync("@drsmith", Question);
        await host.SetRoleAsync("drsmith", ContactRole.Hcp, ContactRoleSource.SelfDeclared);

        (await PickerAsync(host, post.CaseNumber)).ShouldNotContain(item => item.Id == template.Id);
        var refusal = await Should.ThrowAsync<BusinessRuleViolationException>(() => SendAsync(host, post.CaseNumber, template.Id));

        refusal.RuleName.ShouldBe(nameof(HcpTemplateNeedsVerifiedHcpRule));
        refusal.Rule.ShouldBeAssignableTo<IUnprocessableRule>();
        refusal.Message.ShouldContain("not verified as an HCP");
    }

    [Fact]
    public async Task R25_an_HCP_audience_template_reaches_a_staff_verified_HCP_only_through_the_stricter_approval_path()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var template = await ApprovedAsync(host, Input() with { Audience = TemplateAudience.VerifiedHcp });
        var post = await host.PostAsAsync("@drsmith", Question);
        await host.SetRoleAsync("drsmith", ContactRole.Hcp, ContactRoleSource.VerifiedByStaff);

        (await PickerAsync(host, post.CaseNumber)).ShouldContain(item => item.Id == template.Id && item.Audience == TemplateAudience.VerifiedHcp);
        var held = await SendAsync(host, post.CaseNumber, template.Id);

        held.AwaitsApproval.ShouldBeTrue();
        held.Triggers!.ShouldContain(ApprovalTrigger.InfluentialAuthor);
    }

    [Fact]
    public async Task A_reply_to_a_key_opinion_leader_waits_for_approval_even_with_the_exact_approved_text()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var template = await ApprovedAsync(host);
        var post = await host.PostAsAsync("@influencer", "Where can I find the savings card?");
        var number = await host.ProfileOfAsync("x", "influencer");
        host.SignInAs("sam", UserRole.Supervisor);
        await host.RunAsync((SetContactInfluenceHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new SetContactInfluenceCommand(number, 250_000, 4.2m, "Counted on the profile page"), ct));
        await host.RunAsync((AddKeyOpinionLeaderHandler handler, CancellationToken ct) => handler.HandleAsync(new AddKeyOpinionLeaderCommand(number, "Cardiology"), ct));

        var held = await SendAsync(host, post.CaseNumber, template.Id);

        held.Triggers.ShouldBe([ApprovalTrigger.InfluentialAuthor]);
        var list = await host.RunAsync((ListKeyOpinionLeadersHandler handler, CancellationToken ct) => handler.HandleAsync(new ListKeyOpinionLeadersQuery("Cardiology"), ct));
        list.ShouldHaveSingleItem().ShouldSatisfyAllConditions(kol => kol.ProfileNumber.ShouldBe(number), kol => kol.Reach.ShouldBe(250_000));
    }

    [Fact]
    public async Task Only_supervisors_keep_the_key_opinion_leader_list()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.PostAsAsync("@influencer", "Hello");
        var number = await host.ProfileOfAsync("x", "influencer");
        host.SignInAs("alice", UserRole.Agent);

        await Should.ThrowAsync<Common.ForbiddenException>(() =>
            host.RunAsync((AddKeyOpinionLeaderHandler handler, CancellationToken ct) => handler.HandleAsync(new AddKeyOpinionLeaderCommand(number, "Cardiology"), ct)));
    }
}

internal static class HcpAudienceSteps
{
    public static async Task SetRoleAsync(this ApplicationTestHost host, string handle, ContactRole role, ContactRoleSource source)
    {
        var number = await host.ProfileOfAsync("x", handle);
        host.SignInAs("sam", UserRole.Supervisor);
        await host.RunAsync((UpdateContactProfileHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new UpdateContactProfileCommand(number, role, source, null, null, false, "Checked the registry"), ct));
    }
}
