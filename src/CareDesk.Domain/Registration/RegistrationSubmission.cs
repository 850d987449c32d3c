using CareDesk.Domain.Common;
using CareDesk.Domain.Privacy;
using CareDesk.Domain.Privacy.Rules;
using CareDesk.Domain.Registration.Rules;

namespace CareDesk.Domain.Registration;

/// <summary>
/// One person's answers to one version of a registration form, with the consent wording they saw, verbatim, and
/// their decision. The e-mail is the contact reference that joins it to a contact profile. Nothing from a social
/// sign-in is kept but the provider's name and whether it vouched for this e-mail (ADR-019).
/// </summary>
public sealed class RegistrationSubmission
{
    public const int MaxProviderLength = 60;

    private RegistrationSubmission()
    {
        BrandSlug = FormSlug = Email = ConsentTextShown = ConsentVersion = string.Empty;
        Answers = new Dictionary<string, string>();
    }

    public Guid Id { get; private set; }

    public Guid FormId { get; private set; }

    public string BrandSlug { get; private set; }

    public string FormSlug { get; private set; }

    public int FormVersion { get; private set; }

    public string Email { get; private set; }

    /// <summary>Answers to the fields that were shown, keyed by field name (hidden fields' answers are dropped).</summary>
    public IReadOnlyDictionary<string, string> Answers { get; private set; }

    public string ConsentTextShown { get; private set; }

    public string ConsentVersion { get; private set; }

    public ProcessingPurpose ConsentPurpose { get; private set; }

    public ConsentDecision ConsentDecision { get; private set; }

    /// <summary>The ledger entry written for the same answer (R41), so the two can be reconciled.</summary>
    public Guid ConsentRecordId { get; private set; }

    /// <summary>The sign-in provider whose verified e-mail claim equals <see cref="Email"/>; null when the person did not sign in.</summary>
    public string? EmailVerifiedBy { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>
    /// A data-subject erasure (R42): the e-mail becomes a pseudonym and the answers go; which form, which consent wording
    /// and the decision stay, because the consent ledger entry they reconcile with may be kept.
    /// </summary>
    public void Pseudonymise()
    {
        Email = $"erased-{Id:N}@erased.invalid";
        Answers = new Dictionary<string, string>();
    }

    public static RegistrationSubmission Submit(RegistrationForm form, IReadOnlyDictionary<string, string> answers, ConsentDecision consent,
        Guid consentRecordId, string? emailVerifiedBy, DateTimeOffset at)
    {
        BusinessRules.Check(new RegistrationAnswersMustBeValidRule(form, answers));
        BusinessRules.Check(new ConsentNeedsTheExactTextRule(form.ConsentText, form.ConsentVersion));
        var kept = form.KeptAnswers(answers);
        return new RegistrationSubmission
        {
            Id = Guid.NewGuid(),
            FormId = form.Id,
            BrandSlug = form.BrandSlug,
            FormSlug = form.FormSlug,
            FormVersion = form.Version,
            Email = kept[FormFieldsMustBeWellFormedRule.EmailFieldName],
            Answers = kept,
            ConsentTextShown = form.ConsentText,
            ConsentVersion = form.ConsentVersion,
            ConsentPurpose = form.ConsentPurpose,
            ConsentDecision = consent,
            ConsentRecordId = consentRecordId,
            EmailVerifiedBy = emailVerifiedBy,
            SubmittedAt = at,
        };
    }
}
