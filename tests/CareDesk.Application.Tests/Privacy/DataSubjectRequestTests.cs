using CareDesk.Application.Audit;
using CareDesk.Application.Posts;
using CareDesk.Application.Privacy;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Application.Tests.Pharmacovigilance;
using CareDesk.Domain.Privacy;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Privacy;

public sealed class DataSubjectRequestTests
{
    private const string Subject = "@pat_s";

    private static readonly string[] CareConversations =
    [
        "What time does your helpline open on Saturdays?",
        "Thanks for the quick answer yesterday!",
        "Do you have the leaflet in large print?",
    ];

    [Fact]
    public async Task R42_erasure_erases_care_and_marketing_data_and_retains_the_AE_case_with_its_exemption()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var adverseEvent = await host.PostAsync(PvSteps.MumRash, Subject);
        List<IngestPostResult> care = [];
        foreach (var text in CareConversations)
        {
            care.Add(await host.PostAsync(text, Subject));
        }

        var unrelated = await host.PostAsync("Do you have the leaflet in Spanish?", "@someone_else");
        await host.ConsentAsync(Subject, ProcessingPurpose.Marketing, ConsentDecision.Granted, version: "m1", source: "newsletter sign-up");
        host.SignInAs("sven", UserRole.Supervisor);

        var request = await host.RunAsync((EraseSubjectDataHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new EraseSubjectDataCommand(Subject, PrivacyRegime.Gdpr), ct));

        care.Select(item => item.CaseNumber).ShouldAllBe(number => care.Count == 3 && number != adverseEvent.CaseNumber);
        request.Items.Where(item => item.Outcome == DataSubjectRequestOutcome.Erased && item.RecordType == "Case").Select(item => item.RecordId)
            .ShouldBe(care.Select(item => item.CaseNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)), ignoreOrder: true);
        request.Items.ShouldContain(item => item.RecordType == "Consent" && item.Outcome == DataSubjectRequestOutcome.Erased);
        var retained = request.Items.Single(item => item.Outcome == DataSubjectRequestOutcome.Retained);
        retained.RecordId.ShouldBe(adverseEvent.CaseNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
        retained.Reason.ShouldBe("retained – Art 17(3)(b)/(c), PV legal obligation, CIR 520/2012 Art 12");
        request.ResponseLetter.ShouldNotBeNull().ShouldContain("retained – Art 17(3)(b)/(c), PV legal obligation, CIR 520/2012 Art 12");
        request.DueAt.ShouldBe(host.Time.GetUtcNow().AddDays(30));
        request.DaysAllowed.ShouldBe(30);

        var posts = await host.QueryAsync((db, ct) => db.Posts.AsNoTracking().ToListAsync(ct));
        posts.Where(post => care.Any(item => item.PostId == post.Id)).ShouldAllBe(post => post.Text == Domain.Cases.Case.AnonymisedText && post.Author == Domain.Cases.Case.AnonymisedText);
        posts.Single(post => post.Id == adverseEvent.PostId).Text.ShouldBe(PvSteps.MumRash);
        posts.Single(post => post.Id == unrelated.PostId).Author.ShouldBe("@someone_else");
        (await host.QueryAsync((db, ct) => db.ConsentRecords.CountAsync(ct))).ShouldBe(0);
        (await host.QueryAsync((db, ct) => db.DataSubjectRequests.CountAsync(ct))).ShouldBe(1);
    }

    [Fact]
    public async Task R42_erased_text_does_not_survive_in_the_audit_trail_and_the_chain_still_verifies()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var adverseEvent = await host.PostAsync(PvSteps.MumRash, Subject);
        var care = await host.PostAsync(CareConversations[2], Subject);
        var stored = await host.QueryAsync((db, ct) => db.AuditEntries.AsNoTracking().Where(entry => entry.Action == "post.received").ToListAsync(ct));
        host.SignInAs("sven", UserRole.Supervisor);

        await host.RunAsync((EraseSubjectDataHandler handler, CancellationToken ct) => handler.HandleAsync(new EraseSubjectDataCommand(Subject, PrivacyRegime.Gdpr), ct));

        stored.ShouldAllBe(entry => !entry.After!.Contains(Subject));
        var raw = await host.QueryAsync((db, ct) => db.AuditEntries.AsNoTracking().Select(entry => (entry.Before ?? "") + (entry.After ?? "")).ToListAsync(ct));
        raw.ShouldAllBe(value => !value.Contains(CareConversations[2]));
        var verified = await host.RunAsync((VerifyAuditChainHandler handler, CancellationToken ct) => handler.HandleAsync(ct));
        verified.Intact.ShouldBeTrue();
        var history = await host.RunAsync((GetAuditTrailHandler handler, CancellationToken ct) => handler.HandleAsync(new GetAuditTrailQuery(EntityType: "Post"), ct));
        var received = history.Where(entry => entry.Action == "post.received").ToList();
        received.ShouldContain(entry => entry.After == PersonalAuditValue.Shredded);
        received.ShouldContain(entry => entry.After!.Contains("rash on both arms"));
        care.CaseNumber.ShouldNotBe(adverseEvent.CaseNumber);
    }

    [Fact]
    public async Task R42_access_export_finds_the_subject_by_handle_and_deadlines_follow_the_regime()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        await host.PostAsync(CareConversations[0], Subject);
        await host.PostAsync("Unrelated question", "@someone_else");
        host.SignInAs("sven", UserRole.Supervisor);

        var export = await host.RunAsync((ExportSubjectDataHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new ExportSubjectDataCommand(Subject.ToUpperInvariant(), PrivacyRegime.Ccpa), ct));

        export.Json.ShouldContain(CareConversations[0]);
        export.Json.ShouldNotContain("@someone_else");
        export.Readable.ShouldContain($"as {Subject}");
        export.Request.DaysAllowed.ShouldBe(45);
        export.Request.Items.Select(item => item.RecordType).ShouldBe(["Post", "Contact"]); // the message and the contact profile its author opened
    }

    [Fact]
    public async Task R42_only_supervisors_process_data_subject_requests()
    {
        await using var host = await ApplicationTestHost.StartAsync();

        await Should.ThrowAsync<Common.ForbiddenException>(() => host.RunAsync((EraseSubjectDataHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new EraseSubjectDataCommand(Subject, PrivacyRegime.Gdpr), ct)));
    }
}
