using CareDesk.Domain.Common;
using CareDesk.Domain.Privacy;
using CareDesk.Domain.Registration;

namespace CareDesk.Domain.Tests.Registration;

public sealed class RegistrationFormTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    private static readonly FormField[] Fields =
    [
        new("email", "E-mail", FormFieldKind.Email, Required: true),
        new("onTreatment", "Taking it now?", FormFieldKind.Choice, Required: true, Options: ["yes", "no"]),
        new("startedOn", "Started on", FormFieldKind.Date, Required: true, ShowWhen: new FieldCondition("onTreatment", "yes")),
        new("dose", "Dose", FormFieldKind.Text, Required: true, ShowWhen: new FieldCondition("startedOn", "2026-01-01")),
    ];

    private static RegistrationForm Form(IReadOnlyList<FormField>? fields = null, RegistrationFormStyle style = RegistrationFormStyle.Dynamic) =>
        RegistrationForm.Publish(Guid.NewGuid(), "Respiro", "patient-registration", 1, "Join", RegistrationAudience.Patient, style, fields ?? Fields,
            "I agree to be e-mailed.", "v1", ProcessingPurpose.CustomerCare, "sam", At);

    private static Dictionary<string, string> Answers(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    [Fact]
    public void A_field_appears_only_when_the_earlier_answer_calls_for_it()
    {
        var form = Form();

        form.VisibleFields(Answers(("onTreatment", "no"))).Select(field => field.Name).ShouldBe(["email", "onTreatment"]);
        form.VisibleFields(Answers(("onTreatment", "YES"))).Select(field => field.Name).ShouldBe(["email", "onTreatment", "startedOn"]);
    }

    [Fact]
    public void Hiding_a_field_also_hides_the_fields_that_depend_on_it_even_if_the_browser_sent_their_answers()
    {
        var form = Form();
        var answers = Answers(("email", "pat@example.com"), ("onTreatment", "no"), ("startedOn", "2026-01-01"), ("dose", "2 puffs"));

        form.VisibleFields(answers).Select(field => field.Name).ShouldBe(["email", "onTreatment"]);
        form.KeptAnswers(answers).Keys.ShouldBe(["email", "onTreatment"], ignoreOrder: true);
        form.Validate(answers).ShouldBeEmpty();
    }

    [Fact]
    public void Required_shown_fields_and_formats_are_checked_on_the_server_per_field()
    {
        var errors = Form().Validate(Answers(("email", "not-an-email"), ("onTreatment", "yes"), ("startedOn", "23/11/2026")));

        errors.Keys.ShouldBe(["email", "startedOn"], ignoreOrder: true);
        errors["email"].ShouldContain("e-mail address");
        errors["startedOn"].ShouldContain("yyyy-mm-dd");
        Form().Validate(Answers(("email", "pat@example.com"), ("onTreatment", "maybe")))["onTreatment"].ShouldContain("one of: yes, no");
        Form().Validate(Answers(("onTreatment", "no")))["email"].ShouldBe("E-mail is required.");
    }

    [Fact]
    public void The_conversational_form_asks_the_next_shown_unanswered_question()
    {
        var form = Form(style: RegistrationFormStyle.Conversational);

        form.NextQuestion(Answers())!.Name.ShouldBe("email");
        form.NextQuestion(Answers(("email", "pat@example.com")))!.Name.ShouldBe("onTreatment");
        form.NextQuestion(Answers(("email", "pat@example.com"), ("onTreatment", "yes")))!.Name.ShouldBe("startedOn");
        form.NextQuestion(Answers(("email", "pat@example.com"), ("onTreatment", "no"))).ShouldBeNull();
    }

    [Fact]
    public void A_form_without_an_email_or_with_a_condition_on_a_later_field_is_refused()
    {
        Should.Throw<BusinessRuleViolationException>(() => Form([new("name", "Name", FormFieldKind.Text, Required: true)])).Message.ShouldContain("e-mail");
        Should.Throw<BusinessRuleViolationException>(() => Form(
        [
            new("email", "E-mail", FormFieldKind.Email, Required: true),
            new("a", "A", FormFieldKind.Text, ShowWhen: new FieldCondition("b", "x")),
            new("b", "B", FormFieldKind.Text),
        ])).Message.ShouldContain("earlier field");
        Should.Throw<BusinessRuleViolationException>(() => Form([new("email", "E-mail", FormFieldKind.Email, Required: true), new("c", "C", FormFieldKind.Choice)]))
            .Message.ShouldContain("needs options");
    }

    [Fact]
    public void A_submission_keeps_the_consent_wording_verbatim_and_only_the_shown_answers()
    {
        var form = Form();
        var consentRecord = Guid.NewGuid();

        var submission = RegistrationSubmission.Submit(form, Answers(("email", " pat@example.com "), ("onTreatment", "no"), ("startedOn", "2026-01-01")),
            ConsentDecision.Granted, consentRecord, "google", At);

        submission.ShouldSatisfyAllConditions(
            item => item.Email.ShouldBe("pat@example.com"),
            item => item.ConsentTextShown.ShouldBe("I agree to be e-mailed."),
            item => item.ConsentVersion.ShouldBe("v1"),
            item => item.ConsentRecordId.ShouldBe(consentRecord),
            item => item.FormVersion.ShouldBe(1),
            item => item.Answers.ContainsKey("startedOn").ShouldBeFalse());
        Should.Throw<BusinessRuleViolationException>(() => RegistrationSubmission.Submit(form, Answers(("onTreatment", "no")), ConsentDecision.Granted,
            consentRecord, null, At)).Rule.Field.ShouldBe("email");
    }
}
