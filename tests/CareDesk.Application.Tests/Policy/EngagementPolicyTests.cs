using CareDesk.Application.Demo;
using CareDesk.Application.Policy;
using CareDesk.Application.Templates;
using CareDesk.Application.Tests.Approvals;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Common;
using CareDesk.Domain.Policy;
using CareDesk.Domain.Triage;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Policy;

public sealed class EngagementPolicyTests
{
    private static readonly Dictionary<string, string> SavingsValues = new() { ["first_name"] = "Jo", ["url"] = "https://cardiozen.example/savings" };

    [Fact]
    public async Task An_approved_response_matrix_narrows_the_composer_and_the_server_refuses_a_template_it_does_not_allow()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var post = await host.IngestAsync("Where can I find the savings card?");
        var labels = await host.QueryAsync((db, ct) => db.Cases.Where(item => item.Number == post.CaseNumber).Select(item => item.Labels).SingleAsync(ct));
        labels.ShouldBe([TriageLabel.GeneralInquiry]);
        var draft = await DraftAsync(host);
        (await OfferedAsync(host, post.CaseNumber)).Count.ShouldBeGreaterThan(1);

        host.SignInAs("sam", UserRole.Supervisor);
        var self = await Should.ThrowAsync<BusinessRuleViolationException>(() => ApproveAsync(host, draft.Id));
        self.Rule.ShouldBeAssignableTo<IAuthorityRule>();
        host.SignInAs("ada", UserRole.Admin);
        (await ApproveAsync(host, draft.Id)).ShouldBe(1);

        host.SignInAs("alice", UserRole.Agent);
        (await OfferedAsync(host, post.CaseNumber)).ShouldBe(["CZ-US-0160"]);
        var refused = await Should.ThrowAsync<BusinessRuleViolationException>(() =>
            ReplyApprovalPathTests.ReplyAsync(host, post.CaseNumber, "CZ-US-0170", new Dictionary<string, string> { ["first_name"] = "Jo" }));
        refused.Rule.ShouldBeAssignableTo<IUnprocessableRule>();
        refused.Message.ShouldContain("CZ-US-0160 only");
        (await ReplyApprovalPathTests.ReplyAsync(host, post.CaseNumber, "CZ-US-0160", SavingsValues)).AwaitsApproval.ShouldBeFalse();
        var signature = await host.QueryAsync((db, ct) => db.Signatures.SingleAsync(item => item.RecordId == draft.Id, ct));
        signature.ContentHash.ShouldBe(draft.ContentHash);
        signature.SignerUserName.ShouldBe("ada");
    }

    [Fact]
    public async Task Approving_a_new_version_supersedes_the_old_one_and_a_label_the_matrix_does_not_name_is_route_only()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var first = await DraftAsync(host);
        host.SignInAs("ada", UserRole.Admin);
        await ApproveAsync(host, first.Id);
        var second = await DraftAsync(host, [new(TriageLabel.Praise, ChannelKind.X, ResponseAction.Ignore, null, "Thanks need no reply")]);
        host.SignInAs("ada", UserRole.Admin);
        await ApproveAsync(host, second.Id);

        var statuses = await host.QueryAsync((db, ct) => db.ResponseMatrices.OrderBy(item => item.Version).Select(item => item.Status).ToListAsync(ct));
        statuses.ShouldBe([ResponseMatrixStatus.Superseded, ResponseMatrixStatus.Approved]);
        var post = await host.IngestAsync("Where can I find the savings card?");
        host.SignInAs("alice", UserRole.Agent);
        (await OfferedAsync(host, post.CaseNumber)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Pilot_mode_limits_replies_to_the_chosen_channels_and_labels_until_the_audited_switch_to_full_scope()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var onFacebook = await host.IngestAsync("Where can I find the savings card?", channel: "facebook-cardiozen-us");
        host.SignInAs("sam", UserRole.Supervisor);
        var pilot = await ScopeAsync(host, pilotMode: true);
        pilot.PilotChannelKeys.ShouldBe([ApplicationTestHost.DefaultChannel]);

        host.SignInAs("alice", UserRole.Agent);
        (await OfferedAsync(host, onFacebook.CaseNumber)).ShouldBeEmpty();
        var refused = await Should.ThrowAsync<BusinessRuleViolationException>(() =>
            ReplyApprovalPathTests.ReplyAsync(host, onFacebook.CaseNumber, "CZ-US-0160", SavingsValues));
        refused.Message.ShouldContain("pilot mode");

        host.SignInAs("sam", UserRole.Supervisor);
        (await ScopeAsync(host, pilotMode: false)).PilotMode.ShouldBeFalse();
        host.SignInAs("alice", UserRole.Agent);
        (await ReplyApprovalPathTests.ReplyAsync(host, onFacebook.CaseNumber, "CZ-US-0160", SavingsValues)).AwaitsApproval.ShouldBeFalse();
        var actions = await host.QueryAsync((db, ct) => db.AuditEntries.Where(entry => entry.EntityType == nameof(EngagementScope)).OrderBy(entry => entry.Sequence)
            .Select(entry => entry.Action).ToListAsync(ct));
        actions.ShouldBe(["policy.pilot_started", "policy.full_scope"]);
    }

    [Fact]
    public async Task Agents_cannot_edit_the_policy_and_ignore_needs_a_reason()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await Should.ThrowAsync<Common.ForbiddenException>(() => DraftAsync(host, signIn: false));
        host.SignInAs("sam", UserRole.Supervisor);
        var noReason = await Should.ThrowAsync<BusinessRuleViolationException>(() =>
            DraftAsync(host, [new(TriageLabel.Praise, ChannelKind.X, ResponseAction.Ignore, null, null)]));
        noReason.Message.ShouldContain("Ignore needs a reason");
    }

    private static Task<SaveResponseMatrixResult> DraftAsync(ApplicationTestHost host, IReadOnlyList<ResponseMatrixRowInput>? rows = null, bool signIn = true)
    {
        if (signIn)
        {
            host.SignInAs("sam", UserRole.Supervisor);
        }

        return host.RunAsync((SaveResponseMatrixHandler handler, CancellationToken ct) => handler.HandleAsync(new SaveResponseMatrixCommand("Cardiozen", "US", rows ??
        [
            new(TriageLabel.GeneralInquiry, ChannelKind.X, ResponseAction.AnswerPublicly, ["CZ-US-0160"], null),
            new(TriageLabel.AdverseEvent, ChannelKind.X, ResponseAction.AcknowledgeAndMovePrivate, ["CZ-US-0142"], null),
            new(TriageLabel.OffLabel, ChannelKind.X, ResponseAction.RouteOnly, ["CZ-US-0150"], null),
            new(TriageLabel.Praise, ChannelKind.X, ResponseAction.Ignore, null, "Thanks need no reply"),
        ]), ct));
    }

    [Fact]
    public async Task A_keyword_search_listens_only_on_sources_the_brands_scope_enables()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.SignInAs("sam", UserRole.Supervisor);
        await host.RunAsync((SetEngagementScopeHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new SetEngagementScopeCommand("Cardiozen", null, ["reddit"], false), ct));
        Task<Application.Channels.ChannelStatusDto> Listen(string channel) => host.RunAsync((Application.Channels.ConfigureChannelIngestionHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new Application.Channels.ConfigureChannelIngestionCommand(channel, true, null, "cardiozen AND (rash OR dizzy)", 15, 240), ct));

        var refused = await Should.ThrowAsync<BusinessRuleViolationException>(() => Listen(ApplicationTestHost.DefaultChannel));
        await host.RunAsync((SetEngagementScopeHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new SetEngagementScopeCommand("Cardiozen", null, ["reddit", "x"], false), ct));
        var listening = await Listen(ApplicationTestHost.DefaultChannel);

        refused.Message.ShouldBe("Listening source 'x' is not enabled in this brand's engagement scope.");
        refused.Rule.ShouldBeAssignableTo<IUnprocessableRule>();
        listening.ListeningQuery.ShouldBe("cardiozen AND (rash OR dizzy)");
    }

    private static Task<int> ApproveAsync(ApplicationTestHost host, Guid matrixId) =>
        host.RunAsync((ApproveResponseMatrixHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new ApproveResponseMatrixCommand(matrixId, DemoCatalog.DemoPassword, host.Actor.UserName), ct));

    private static Task<EngagementScopeDto> ScopeAsync(ApplicationTestHost host, bool pilotMode) =>
        host.RunAsync((SetEngagementScopeHandler handler, CancellationToken ct) => handler.HandleAsync(new SetEngagementScopeCommand("Cardiozen", null, ["x", "reddit"],
            pilotMode, [ApplicationTestHost.DefaultChannel], [TriageLabel.GeneralInquiry]), ct));

    private static async Task<IReadOnlyList<string>> OfferedAsync(ApplicationTestHost host, int caseNumber) =>
        (await host.RunAsync((ListTemplatesHandler handler, CancellationToken ct) => handler.HandleAsync(new ListTemplatesQuery(caseNumber), ct)))
            .Select(template => template.JobCode).ToList();
}
