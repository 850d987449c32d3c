using CareDesk.Application.Common;
using CareDesk.Application.Listening;
using CareDesk.Application.Privacy;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Application.Tests.Pharmacovigilance;
using CareDesk.Domain.Privacy;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Privacy;

/// <summary>R42 completion: rectification and restriction decided with a reason, and deadline extensions.</summary>
public sealed class RectificationRestrictionTests
{
    private const string Subject = "@pat_s";

    [Fact]
    public async Task R42_rectification_is_decided_with_a_reason_and_adds_the_correction_to_each_case_without_rewriting_the_post()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var adverseEvent = await host.PostAsync(PvSteps.MumRash, Subject);
        var care = await host.PostAsync("Do you have the leaflet in large print?", Subject);
        host.SignInAs("sam", UserRole.Supervisor);

        var request = await host.RunAsync((RectifySubjectDataHandler handler, CancellationToken ct) => handler.HandleAsync(
            new RectifySubjectDataCommand(null, Subject, PrivacyRegime.Gdpr, DataSubjectRequestDecision.Granted, "My mother is 74, not 72", "Accuracy: the person knows her age"), ct));

        (request.Kind, request.Decision, request.DecisionReason, request.Correction)
            .ShouldBe((DataSubjectRequestKind.Rectification, DataSubjectRequestDecision.Granted, "Accuracy: the person knows her age", "My mother is 74, not 72"));
        request.Items.Select(item => (item.RecordId, item.Outcome)).ShouldBe(
            [(adverseEvent.CaseNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), DataSubjectRequestOutcome.Rectified),
             (care.CaseNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), DataSubjectRequestOutcome.Rectified)], ignoreOrder: true);
        request.ResponseLetter.ShouldNotBeNull().ShouldContain("We have granted your request: Accuracy: the person knows her age");
        var notes = await host.QueryAsync((db, ct) => db.CaseNotes.AsNoTracking().Select(note => note.Text).ToListAsync(ct));
        notes.Count(note => note == "Data-subject rectification (Art 16): My mother is 74, not 72").ShouldBe(2);
        (await host.QueryAsync((db, ct) => db.Posts.AsNoTracking().SingleAsync(post => post.Id == adverseEvent.PostId, ct))).Text.ShouldBe(PvSteps.MumRash);
        var audited = await host.QueryAsync((db, ct) => db.AuditEntries.AsNoTracking().SingleAsync(entry => entry.Action == "dsar.completed", ct));
        (audited.Actor, audited.Reason).ShouldBe(("sam", "Accuracy: the person knows her age"));
    }

    [Fact]
    public async Task R42_a_refused_rectification_changes_nothing_and_logs_the_reason_per_record()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.PostAsync("Do you have the leaflet in large print?", Subject);
        host.SignInAs("sam", UserRole.Supervisor);

        var request = await host.RunAsync((RectifySubjectDataHandler handler, CancellationToken ct) => handler.HandleAsync(
            new RectifySubjectDataCommand(null, Subject, PrivacyRegime.Gdpr, DataSubjectRequestDecision.Refused, "I never wrote that", "the post is a record of what was written"), ct));

        request.Items.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            item => item.Outcome.ShouldBe(DataSubjectRequestOutcome.Refused), item => item.Reason.ShouldBe("the post is a record of what was written"));
        (await host.QueryAsync((db, ct) => db.CaseNotes.CountAsync(ct))).ShouldBe(0);
    }

    [Fact]
    public async Task R42_restriction_takes_the_person_out_of_listening_analytics_and_keeps_the_PV_record()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var adverseEvent = await host.PostAsync(PvSteps.MumRash, Subject);
        await host.PostAsync("Cardiozen works well for me", "@someone_else");
        var brandId = await host.QueryAsync((db, ct) => db.Brands.Where(brand => brand.Name == "Cardiozen").Select(brand => brand.Id).SingleAsync(ct));
        Task<ListeningSlice> AnalyticsAsync() => host.RunAsync((ListeningDataset dataset, CancellationToken ct) =>
            dataset.LoadAsync(brandId, ApplicationTestHost.Start.AddDays(-1), ApplicationTestHost.Start.AddDays(1), null, ct));
        (await AnalyticsAsync()).Items.Count.ShouldBe(2);
        host.SignInAs("sam", UserRole.Supervisor);

        var request = await host.RunAsync((RestrictSubjectProcessingHandler handler, CancellationToken ct) => handler.HandleAsync(
            new RestrictSubjectProcessingCommand(null, Subject, PrivacyRegime.Gdpr, DataSubjectRequestDecision.Granted, "Accuracy contested (Art 18(1)(a))"), ct));

        var analytics = await AnalyticsAsync();
        analytics.Items.Count.ShouldBe(1);
        analytics.ExcludedByLimitRequests.ShouldBe(1);
        var item = request.Items.ShouldHaveSingleItem();
        (item.RecordId, item.Outcome).ShouldBe((adverseEvent.CaseNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), DataSubjectRequestOutcome.Restricted));
        item.Reason.ShouldContain("Art 18(2) legal obligation");
        (request.Decision, request.DecisionReason).ShouldBe((DataSubjectRequestDecision.Granted, "Accuracy contested (Art 18(1)(a))"));
        (await host.QueryAsync((db, ct) => db.Posts.CountAsync(ct))).ShouldBe(2);
    }

    [Fact]
    public async Task R42_an_extension_needs_a_reason_and_the_date_the_person_was_told_shows_the_new_due_date_and_is_audited()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.SignInAs("sam", UserRole.Supervisor);
        var logged = await host.RunAsync((OpenDataSubjectRequestHandler handler, CancellationToken ct) => handler.HandleAsync(
            new OpenDataSubjectRequestCommand(Subject, DataSubjectRequestKind.Access, PrivacyRegime.Gdpr, ApplicationTestHost.Start.AddDays(-3)), ct));
        var noReason = await Should.ThrowAsync<ValidationFailedException>(() => host.RunAsync((ExtendDataSubjectRequestHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new ExtendDataSubjectRequestCommand(logged.Id, null, null), ct)));

        var extended = await host.RunAsync((ExtendDataSubjectRequestHandler handler, CancellationToken ct) => handler.HandleAsync(
            new ExtendDataSubjectRequestCommand(logged.Id, "Complex: posts on seven channels", ApplicationTestHost.Start), ct));
        var listed = await host.RunAsync((ListDataSubjectRequestsHandler handler, CancellationToken ct) => handler.HandleAsync(ct));

        noReason.Errors.Keys.ShouldBe(["reason", "toldAt"], ignoreOrder: true);
        logged.DueAt.ShouldBe(ApplicationTestHost.Start.AddDays(27));
        extended.DueAt.ShouldBe(ApplicationTestHost.Start.AddDays(27).AddMonths(2));
        (extended.ExtensionReason, extended.ExtensionToldAt).ShouldBe(("Complex: posts on seven channels", ApplicationTestHost.Start));
        listed.ShouldHaveSingleItem().DueAt.ShouldBe(extended.DueAt);
        var audited = await host.QueryAsync((db, ct) => db.AuditEntries.AsNoTracking().SingleAsync(entry => entry.Action == "dsar.extended", ct));
        audited.Reason.ShouldBe("Complex: posts on seven channels");
        audited.Before.ShouldNotBeNull().ShouldContain("DueAt");
    }

    [Fact]
    public async Task R42_a_CCPA_extension_adds_45_days_to_a_logged_request_and_an_agent_cannot_extend()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.SignInAs("sam", UserRole.Supervisor);
        var logged = await host.RunAsync((OpenDataSubjectRequestHandler handler, CancellationToken ct) => handler.HandleAsync(
            new OpenDataSubjectRequestCommand(Subject, DataSubjectRequestKind.Erasure, PrivacyRegime.Ccpa), ct));
        var command = new ExtendDataSubjectRequestCommand(logged.Id, "Identity verification pending", ApplicationTestHost.Start);

        host.SignInAs("alice", UserRole.Agent);
        await Should.ThrowAsync<ForbiddenException>(() => host.RunAsync((ExtendDataSubjectRequestHandler handler, CancellationToken ct) => handler.HandleAsync(command, ct)));
        host.SignInAs("sam", UserRole.Supervisor);
        var extended = await host.RunAsync((ExtendDataSubjectRequestHandler handler, CancellationToken ct) => handler.HandleAsync(command, ct));

        extended.DueAt.ShouldBe(ApplicationTestHost.Start.AddDays(90));
        extended.DaysAllowed.ShouldBe(90);
    }
}
