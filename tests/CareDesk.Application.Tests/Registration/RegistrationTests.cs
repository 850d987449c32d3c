using CareDesk.Application.Common;
using CareDesk.Application.Demo;
using CareDesk.Application.Registration;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Domain.Privacy;
using CareDesk.Domain.Registration;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Tests.Registration;

public sealed class RegistrationTests
{
    private static Dictionary<string, string> PatientAnswers(string email = "pat@example.com", string onTreatment = "no") =>
        new(StringComparer.Ordinal) { ["email"] = email, ["firstName"] = "Pat", ["onTreatment"] = onTreatment, ["startedOn"] = "2026-01-01" };

    private static Task<RegisteredSubmission> SubmitAsync(ApplicationTestHost host, Dictionary<string, string> answers, string consent = "granted",
        string? verifiedEmail = null, string? provider = null, int version = 1) =>
        host.RunAsync(async (SubmitRegistrationHandler handler, CancellationToken ct) => new RegisteredSubmission(await handler.HandleAsync(
            new SubmitRegistrationCommand("respiro", "patient-registration", version, answers, consent, verifiedEmail, provider), ct)));

    private sealed record RegisteredSubmission(RegistrationSubmittedDto Result);

    [Fact]
    public async Task R41_registration_form_consent_is_stored_verbatim_with_its_version_and_written_to_the_consent_ledger()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.Actor.SignInAs("registrant", null, ActorVia.Ui);

        var submitted = (await SubmitAsync(host, PatientAnswers())).Result;

        var submission = await host.QueryAsync((db, ct) => db.RegistrationSubmissions.SingleAsync(item => item.Id == submitted.Id, ct));
        var ledger = await host.QueryAsync((db, ct) => db.ConsentRecords.SingleAsync(record => record.Id == submitted.ConsentRecordId, ct));
        submission.ShouldSatisfyAllConditions(
            item => item.ConsentTextShown.ShouldBe(DemoRegistrationForms.PatientConsent),
            item => item.ConsentVersion.ShouldBe(DemoRegistrationForms.ConsentVersion),
            item => item.ConsentDecision.ShouldBe(ConsentDecision.Granted),
            item => item.SubmittedAt.ShouldBe(host.Time.GetUtcNow()),
            item => item.Answers.ContainsKey("startedOn").ShouldBeFalse());
        ledger.ShouldSatisfyAllConditions(
            item => item.TextShown.ShouldBe(DemoRegistrationForms.PatientConsent),
            item => item.TextVersion.ShouldBe(DemoRegistrationForms.ConsentVersion),
            item => item.Source.ShouldBe("registration form"),
            item => item.ChannelKey.ShouldBe("form:respiro/patient-registration"),
            item => item.Handle.ShouldBe("pat@example.com"),
            item => item.Purpose.ShouldBe(ProcessingPurpose.CustomerCare),
            item => item.CapturedAt.ShouldBe(host.Time.GetUtcNow()),
            item => item.CapturedBy.ShouldBe("registrant"),
            item => item.Scope.ShouldContain("v1"));
        var audited = await host.QueryAsync((db, ct) => db.AuditEntries.Select(entry => entry.Action).ToListAsync(ct));
        audited.ShouldContain("registration.submitted");
        audited.ShouldContain("consent.captured");
    }

    [Fact]
    public async Task Invalid_answers_are_refused_per_field_and_nothing_is_stored()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        var answers = PatientAnswers(email: "pat-at-example", onTreatment: "yes");
        answers["startedOn"] = "";

        var refused = await Should.ThrowAsync<ValidationFailedException>(() => SubmitAsync(host, answers, consent: ""));

        refused.Errors.Keys.ShouldBe(["email", "startedOn", "consent"], ignoreOrder: true);
        (await host.QueryAsync((db, ct) => db.RegistrationSubmissions.CountAsync(ct))).ShouldBe(0);
        (await host.QueryAsync((db, ct) => db.ConsentRecords.CountAsync(ct))).ShouldBe(0);
    }

    [Fact]
    public async Task The_provider_is_kept_only_when_its_verified_email_is_the_one_submitted()
    {
        await using var host = await ApplicationTestHost.StartAsync();

        var matching = (await SubmitAsync(host, PatientAnswers("Pat@Example.com"), verifiedEmail: "pat@example.com", provider: "google")).Result;
        var other = (await SubmitAsync(host, PatientAnswers("someone@example.com"), verifiedEmail: "pat@example.com", provider: "google")).Result;

        matching.EmailVerifiedBy.ShouldBe("google");
        other.EmailVerifiedBy.ShouldBeNull();
    }

    [Fact]
    public async Task Publishing_a_change_adds_a_version_and_submissions_keep_the_consent_of_the_version_shown()
    {
        await using var host = await ApplicationTestHost.StartAsync();
        host.SignInAs("sam", UserRole.Supervisor);
        var current = await host.RunAsync((GetRegistrationFormHandler handler, CancellationToken ct) => handler.HandleAsync("Respiro", "patient-registration", ct));

        var published = await host.RunAsync((PublishRegistrationFormHandler handler, CancellationToken ct) => handler.HandleAsync(
            new PublishRegistrationFormCommand("Respiro", "patient-registration", current.Title, current.Audience, current.Style, current.Fields,
                "New wording v2.", "2027-01", ProcessingPurpose.CustomerCare), ct));
        var onOld = (await SubmitAsync(host, PatientAnswers(), version: 1)).Result;
        var onNew = (await SubmitAsync(host, PatientAnswers("new@example.com"), version: 2)).Result;

        published.Version.ShouldBe(2);
        var consents = await host.QueryAsync((db, ct) => db.ConsentRecords.ToDictionaryAsync(record => record.Id, record => record.TextVersion, ct));
        consents[onOld.ConsentRecordId].ShouldBe(DemoRegistrationForms.ConsentVersion);
        consents[onNew.ConsentRecordId].ShouldBe("2027-01");
        var forms = await host.RunAsync((ListRegistrationFormsHandler handler, CancellationToken ct) => handler.HandleAsync(ct));
        forms.Single(form => form.Form == "patient-registration").ShouldSatisfyAllConditions(
            form => form.LatestVersion.ShouldBe(2),
            form => form.Submissions.ShouldBe(2));
        (await host.QueryAsync((db, ct) => db.AuditEntries.CountAsync(entry => entry.Action == "registration_form.published", ct))).ShouldBe(1);
    }

    [Fact]
    public async Task A_form_for_an_unknown_brand_is_refused_by_field()
    {
        await using var host = await ApplicationTestHost.StartAsync();

        var refused = await Should.ThrowAsync<ValidationFailedException>(() => host.RunAsync((PublishRegistrationFormHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new PublishRegistrationFormCommand("Nobrand", "x", "T", RegistrationAudience.Patient, RegistrationFormStyle.Static,
                [new("email", "E-mail", FormFieldKind.Email, Required: true)], "text", "v1", ProcessingPurpose.Marketing), ct)));

        refused.Errors.Keys.ShouldBe(["brand"]);
    }
}
