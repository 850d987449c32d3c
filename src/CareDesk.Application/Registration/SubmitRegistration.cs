using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Application.Contacts;
using CareDesk.Application.Privacy;
using CareDesk.Domain.Privacy;
using CareDesk.Domain.Registration;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Registration;

/// <param name="FormVersion">The version the page showed, so the consent stored is the wording the person read.</param>
/// <param name="VerifiedEmail">The e-mail a social sign-in provider vouched for, and <paramref name="Provider"/> its name; null without sign-in.</param>
public sealed record SubmitRegistrationCommand(string? Brand, string? Form, int FormVersion, IReadOnlyDictionary<string, string> Answers, string? Consent,
    string? VerifiedEmail = null, string? Provider = null);

public sealed record RegistrationSubmittedDto(Guid Id, string Email, int FormVersion, ConsentDecision Consent, Guid ConsentRecordId, string? EmailVerifiedBy);

/// <summary>
/// Stores a registration after checking every shown field on the server, and writes the consent answer to the
/// consent ledger (R41, source "registration form") in the same transaction, so neither exists without the other.
/// The person's e-mail joins (or opens) their contact profile, where the registration is listed.
/// </summary>
public sealed class SubmitRegistrationHandler(
    IAppDbContext db, CaptureConsentHandler captureConsent, ContactResolver contacts, AuditTrail audit, TimeProvider time)
{
    public const string ConsentSource = "registration form";

    public async Task<RegistrationSubmittedDto> HandleAsync(SubmitRegistrationCommand command, CancellationToken cancellationToken)
    {
        var form = await FindShownVersionAsync(command, cancellationToken);
        var errors = form.Validate(command.Answers).ToDictionary(error => error.Key, error => new[] { error.Value }, StringComparer.Ordinal);
        if (!Enum.TryParse<ConsentDecision>(command.Consent, ignoreCase: true, out var decision) || !Enum.IsDefined(decision))
        {
            errors["consent"] = ["Please say whether you agree to the consent statement."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var email = form.KeptAnswers(command.Answers)[Domain.Registration.Rules.FormFieldsMustBeWellFormedRule.EmailFieldName];
        var verifiedBy = command.VerifiedEmail is { } verified && verified.Equals(email, StringComparison.OrdinalIgnoreCase) ? command.Provider : null;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var consent = await captureConsent.HandleAsync(new CaptureConsentCommand($"form:{form.BrandSlug}/{form.FormSlug}", email, form.ConsentPurpose,
            decision, form.ConsentText, form.ConsentVersion, $"{form.Title} v{form.Version}", ConsentSource), cancellationToken);
        var submission = RegistrationSubmission.Submit(form, command.Answers, decision, consent.Id, verifiedBy, time.GetUtcNow());
        db.RegistrationSubmissions.Add(submission);
        await contacts.AttachRegistrationAsync(submission.Email, form.Audience == RegistrationAudience.HealthcareProfessional, submission.Id,
            submission.SubmittedAt, cancellationToken);
        // The answers are personal data: the audit entry names the submission and form, not what was answered.
        audit.Record("registration.submitted", nameof(RegistrationSubmission), submission.Id, null,
            new { submission.BrandSlug, submission.FormSlug, submission.FormVersion, consent = decision, consentRecord = consent.Id, submission.EmailVerifiedBy });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RegistrationSubmittedDto(submission.Id, submission.Email, submission.FormVersion, decision, consent.Id, verifiedBy);
    }

    private async Task<RegistrationForm> FindShownVersionAsync(SubmitRegistrationCommand command, CancellationToken cancellationToken)
    {
        var latest = await db.LatestAsync(command.Brand, command.Form, cancellationToken);
        if (command.FormVersion == latest.Version || command.FormVersion <= 0)
        {
            return latest;
        }

        return await db.RegistrationForms.FirstOrDefaultAsync(
                form => form.BrandSlug == latest.BrandSlug && form.FormSlug == latest.FormSlug && form.Version == command.FormVersion, cancellationToken)
            ?? throw ValidationFailedException.For("formVersion", $"Version {command.FormVersion} of this form does not exist.");
    }
}
