using CareDesk.Application.Audit;
using CareDesk.Application.Privacy;
using CareDesk.Application.Tests.Contacts;
using CareDesk.Application.Tests.Csat;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Application.Tests.Pharmacovigilance;
using CareDesk.Domain.Contacts;
using CareDesk.Domain.Privacy;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Privacy;

/// <summary>R42 reaches the relationship data too: contact profiles, their identities, registrations and CSAT comments.</summary>
public sealed class ContactDataSubjectRequestTests
{
    private const string Subject = "@pat_s";
    private const string Email = "pat.s@example.com";
    private const string Comment = "Lovely help, thank you - Pat from Leeds";

    [Fact]
    public async Task R42_access_and_erasure_cover_contact_profiles_identities_registrations_and_csat_comments()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var adverseEvent = await host.PostAsync(PvSteps.MumRash, Subject);
        var care = await host.PostAsync("Where can I find the savings card?", Subject);
        var number = await host.ProfileOfAsync("x", "pat_s");
        await host.AddIdentityAsync(number, "email", ContactIdentityKind.Email, Email);
        await host.RegisterPatientAsync("Pat.S@example.com");
        await host.ResolveAsync(care.CaseNumber);
        var token = CsatSurveyTests.CsatToken(await host.QueryAsync((db, ct) => db.Outbox.Where(message => message.CsatSurveyId != null).Select(message => message.Text).SingleAsync(ct)));
        await host.AnswerAsync(token, 5, Comment);
        host.SignInAs("sven", UserRole.Supervisor);

        var export = await host.RunAsync((ExportSubjectDataHandler handler, CancellationToken ct) => handler.HandleAsync(new ExportSubjectDataCommand(Subject, PrivacyRegime.Gdpr), ct));

        export.Request.Items.Select(item => item.RecordType).ShouldBeSubsetOf(["Post", "Consent", "Contact", "Registration", "CsatComment"]);
        export.Request.Items.ShouldContain(item => item.RecordType == "Contact" && item.RecordId == number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        export.Request.Items.ShouldContain(item => item.RecordType == "Registration");
        export.Request.Items.ShouldContain(item => item.RecordType == "CsatComment");
        export.Json.ShouldContain(Email);
        export.Json.ShouldContain(Comment);
        export.Readable.ShouldContain("Registrations (1):");
        export.Readable.ShouldContain($"{Email} on email");

        var erased = await host.RunAsync((EraseSubjectDataHandler handler, CancellationToken ct) => handler.HandleAsync(new EraseSubjectDataCommand(Subject, PrivacyRegime.Gdpr), ct));

        erased.Items.Single(item => item.Outcome == DataSubjectRequestOutcome.Retained).RecordId
            .ShouldBe(adverseEvent.CaseNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var type in new[] { "Contact", "Registration", "CsatComment" })
        {
            erased.Items.ShouldContain(item => item.RecordType == type && item.Outcome == DataSubjectRequestOutcome.Erased);
        }

        var identities = await host.QueryAsync((db, ct) => db.ContactIdentities.AsNoTracking().ToListAsync(ct));
        identities.ShouldAllBe(identity => identity.Value.StartsWith(ContactIdentity.PseudonymPrefix, StringComparison.Ordinal));
        var profile = await host.ProfileAsync(number);
        profile.DoNotContact.ShouldBeTrue();
        profile.Conversations.ShouldContain(conversation => conversation.CaseNumber == adverseEvent.CaseNumber);
        var submission = await host.QueryAsync((db, ct) => db.RegistrationSubmissions.AsNoTracking().SingleAsync(ct));
        submission.Email.ShouldNotContain("pat", Case.Insensitive);
        submission.Answers.ShouldBeEmpty();
        (await host.QueryAsync((db, ct) => db.ConsentRecords.AsNoTracking().SingleAsync(record => record.Id == submission.ConsentRecordId, ct))).Handle
            .ShouldStartWith(ContactIdentity.PseudonymPrefix);
        var survey = await host.QueryAsync((db, ct) => db.CsatSurveys.AsNoTracking().SingleAsync(ct));
        (survey.Score, survey.Comment).ShouldBe((5, null));
        (await host.QueryAsync((db, ct) => db.Posts.AsNoTracking().SingleAsync(post => post.Id == adverseEvent.PostId, ct))).Text.ShouldBe(PvSteps.MumRash);

        var history = await host.RunAsync((GetAuditTrailHandler handler, CancellationToken ct) => handler.HandleAsync(new GetAuditTrailQuery(EntityType: "ContactProfile"), ct));
        history.ShouldContain(entry => entry.Action == "contact.erased");
        history.ShouldAllBe(entry => entry.After == null || !entry.After.Contains(Email, StringComparison.OrdinalIgnoreCase));
        var again = await host.RunAsync((FindSubjectDataHandler handler, CancellationToken ct) => handler.HandleAsync(new FindSubjectDataQuery(Email), ct));
        (again.Contacts.Count, again.Registrations.Count, again.CsatComments.Count).ShouldBe((0, 0, 0));
    }
}
