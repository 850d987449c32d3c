using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Application.Tests.Pharmacovigilance;
using CareDesk.Domain.Common;
using CareDesk.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Privacy;

public sealed class ConsentLedgerTests
{
    private const string Visitor = "visitor-3f9a1c";

    [Fact]
    public async Task R41_declined_consent_never_blocks_AE_intake_and_withdrawal_cancels_private_follow_ups()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.ConsentAsync(Visitor, ProcessingPurpose.FollowUpContact, ConsentDecision.Declined);

        var post = await host.PostAsync(PvSteps.MumRash, Visitor);
        var intake = await host.OpenPvAsync(post.CaseNumber);
        await host.ReviewAsync(post.CaseNumber, PvSteps.ConfirmAll() with { Reporter = new(true, "web chat visitor, contact withheld") });
        var sent = await host.HandOffAsync(post.CaseNumber);
        var icsr = await host.ExportAsync(post.CaseNumber);
        var notes = await host.QueryAsync((db, ct) => db.CaseNotes.Where(note => note.CaseId == post.CaseId).Select(note => note.Text).ToListAsync(ct));

        intake.ShouldSatisfyAllConditions(
            item => item.ReporterContactWithheld.ShouldBeTrue(),
            item => item.Author.ShouldBeEmpty(),
            item => item.Reporter.Evidence.ShouldBeNull());
        sent.MessageId.ShouldNotBeNullOrEmpty();
        icsr.Xml.ShouldNotContain(Visitor);
        notes.ShouldContain(text => text.Contains("consent declined", StringComparison.OrdinalIgnoreCase));

        host.AdvanceTime(TimeSpan.FromHours(2));
        var granted = await host.ConsentAsync(Visitor, ProcessingPurpose.FollowUpContact, ConsentDecision.Granted, version: "v3", source: "web chat, agent asked");
        granted.ShouldSatisfyAllConditions(
            item => item.TextVersion.ShouldBe("v3"),
            item => item.CapturedAt.ShouldBe(host.Time.GetUtcNow()),
            item => item.ChannelKey.ShouldBe(ApplicationTestHost.DefaultChannel),
            item => item.TextShown.ShouldBe(PrivacySteps.PrivacyNotice));

        host.AdvanceTime(TimeSpan.FromMinutes(5));
        var withdrawn = await host.WithdrawAsync(granted.Id);
        var after = await host.OpenPvAsync(post.CaseNumber);

        withdrawn.Consent.WithdrawnAt.ShouldBe(host.Time.GetUtcNow());
        withdrawn.FollowUpsCancelled.ShouldBe(3);
        after.FollowUps.ShouldAllBe(task => task.IsCancelled && !task.IsDone);
        (await Should.ThrowAsync<BusinessRuleViolationException>(() => host.WithdrawAsync(granted.Id))).Message.ShouldContain("already withdrawn");
        var audited = await host.QueryAsync((db, ct) => db.AuditEntries.Select(entry => entry.Action).ToListAsync(ct));
        audited.ShouldContain("consent.withdrawn");
        audited.ShouldContain("pv.follow_ups_cancelled");
    }

    [Fact]
    public async Task R41_consent_without_its_exact_text_is_refused()
    {
        await using var host = await ApplicationTestHost.StartAsync();

        var refused = await Should.ThrowAsync<Common.ValidationFailedException>(() => host.RunAsync(
            (Application.Privacy.CaptureConsentHandler handler, CancellationToken ct) => handler.HandleAsync(
                new(ApplicationTestHost.DefaultChannel, Visitor, ProcessingPurpose.Marketing, ConsentDecision.Granted, " ", "v1", "newsletter", "web form"), ct)));

        refused.Errors.Keys.ShouldContain("text");
    }
}
