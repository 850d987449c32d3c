using System.Globalization;
using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Application.Contacts;
using CareDesk.Application.Retention;
using CareDesk.Domain.Contacts;
using CareDesk.Domain.Csat;
using CareDesk.Domain.Privacy;
using CareDesk.Domain.Registration;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Privacy;

public sealed record EraseSubjectDataCommand(string? Subject, PrivacyRegime Regime);

/// <summary>
/// An erasure request (R42), processed item by item in one transaction: care conversations and marketing records are
/// erased; adverse-event cases and their source posts are retained under the PV legal obligation, and cases on legal
/// hold are kept too. Each decision goes into the request's log and the response letter; the audit trail's personal
/// values for the subject are crypto-shredded (ADR-016). Contact profiles, their identities, registrations and CSAT
/// comments are pseudonymised rather than deleted, so links to retained PV cases keep their shape without naming anyone.
/// </summary>
public sealed class EraseSubjectDataHandler(IAppDbContext db, AuditTrail audit, IAuditKeyStore keys, ICurrentActor actor, TimeProvider time)
{
    private static readonly ProcessingPurpose[] PvPurposes = [ProcessingPurpose.Pharmacovigilance, ProcessingPurpose.FollowUpContact];

    public async Task<DataSubjectRequestDto> HandleAsync(EraseSubjectDataCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("erase personal data");
        new Validation().Required("subject", command.Subject).MaxLength("subject", command.Subject, DataSubjectRequest.MaxSubjectLength).ThrowIfInvalid();
        var now = time.GetUtcNow();
        var request = DataSubjectRequest.Open(command.Subject!, DataSubjectRequestKind.Erasure, command.Regime, actor.UserName, now);
        var found = await db.FindSubjectDataAsync(request.Subject, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var items = new List<DataSubjectRequestItem>();
        var caseNumbers = found.Posts.Select(post => post.CaseNumber).Distinct().ToList();
        var cases = await db.Cases.Where(item => caseNumbers.Contains(item.Number)).OrderBy(item => item.Number).ToListAsync(cancellationToken);
        foreach (var subject in cases)
        {
            var description = $"Case {subject.Number} and its messages";
            if (subject.IsAdverseEventRecord)
            {
                items.Add(new("Case", subject.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), description + " (adverse-event report)",
                    DataSubjectRequestOutcome.Retained, DataSubjectRequest.RetainedForPharmacovigilance));
            }
            else if (subject.OnLegalHold)
            {
                items.Add(new("Case", subject.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), description,
                    DataSubjectRequestOutcome.Retained, "retained – Art 17(3)(e), legal hold"));
            }
            else
            {
                await ApplyRetentionHandler.AnonymiseAsync(db, keys, subject, now, cancellationToken);
                audit.Record("case.erased", "Case", subject.Id, null, new { subject.Number, request = request.Id }, "Data-subject erasure request");
                items.Add(new("Case", subject.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), description + " (care conversation)",
                    DataSubjectRequestOutcome.Erased, "Art 17(1): no longer needed, no exemption"));
            }
        }

        var keepPvConsents = items.Any(item => item.Outcome == DataSubjectRequestOutcome.Retained);
        var consentIds = found.Consents.Select(consent => consent.Id).ToList();
        var evidenceOfRegistrations = await db.RegistrationSubmissions.Where(submission => consentIds.Contains(submission.ConsentRecordId))
            .Select(submission => submission.ConsentRecordId).ToListAsync(cancellationToken);
        foreach (var consent in await db.ConsentRecords.Where(record => consentIds.Contains(record.Id)).ToListAsync(cancellationToken))
        {
            var description = $"{consent.Purpose} consent v{consent.TextVersion} ({consent.Decision.ToString().ToLowerInvariant()})";
            if (keepPvConsents && PvPurposes.Contains(consent.Purpose))
            {
                items.Add(new("Consent", consent.Id.ToString(), description, DataSubjectRequestOutcome.Retained,
                    "retained – Art 17(3)(b), governs contact on the retained PV record"));
                continue;
            }

            if (evidenceOfRegistrations.Contains(consent.Id))
            {
                consent.Pseudonymise(ContactIdentity.PseudonymPrefix + consent.Id.ToString("N"));
                items.Add(new("Consent", consent.Id.ToString(), description, DataSubjectRequestOutcome.Erased,
                    "Art 17(1)(b): pseudonymised; kept unnamed as the evidence of a registration's consent"));
                continue;
            }

            db.ConsentRecords.Remove(consent);
            items.Add(new("Consent", consent.Id.ToString(), description, DataSubjectRequestOutcome.Erased, "Art 17(1)(b): consent-based record"));
        }

        await PseudonymiseContactDataAsync(found, request.Id, items, now, cancellationToken);
        request.Complete(items, now);
        db.DataSubjectRequests.Add(request);
        audit.Record("dsar.completed", nameof(DataSubjectRequest), request.Id, null,
            new
            {
                request.Kind,
                request.Regime,
                request.DueAt,
                erased = items.Count(item => item.Outcome == DataSubjectRequestOutcome.Erased),
                retained = items.Count(item => item.Outcome == DataSubjectRequestOutcome.Retained)
            });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return DataSubjectRequestDto.Of(request);
    }

    private async Task PseudonymiseContactDataAsync(SubjectDataDto found, Guid requestId, List<DataSubjectRequestItem> items, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        const string Pseudonymised = "Art 17(1): pseudonymised; the record stays only as an unnamed link";
        var profileIds = found.Contacts.Select(contact => contact.Id).ToList();
        var profiles = await db.ContactProfiles.Where(profile => profileIds.Contains(profile.Id)).ToListAsync(cancellationToken);
        var identities = await db.ContactIdentities.Where(identity => profileIds.Contains(identity.ProfileId)).ToListAsync(cancellationToken);
        foreach (var profile in profiles.OrderBy(profile => profile.Number))
        {
            var before = ContactSnapshot.Of(profile);
            profile.Pseudonymise(now);
            var own = identities.Where(identity => identity.ProfileId == profile.Id).ToList();
            own.ForEach(identity => identity.Pseudonymise());
            // The sealed audit copies of the identities were recorded under the profile's key: shredding it leaves them unreadable.
            await keys.ShredAsync(profile.Id, cancellationToken);
            audit.Record("contact.erased", nameof(ContactProfile), profile.Id, before, ContactSnapshot.Of(profile), $"Data-subject erasure request {requestId}");
            items.Add(new("Contact", profile.Number.ToString(CultureInfo.InvariantCulture), $"Contact profile {profile.Number} and its {own.Count} identities",
                DataSubjectRequestOutcome.Erased, Pseudonymised));
        }

        var registrationIds = found.Registrations.Select(registration => registration.Id).ToList();
        foreach (var submission in await db.RegistrationSubmissions.Where(submission => registrationIds.Contains(submission.Id)).ToListAsync(cancellationToken))
        {
            submission.Pseudonymise();
            audit.Record("registration.erased", nameof(RegistrationSubmission), submission.Id, null, new { submission.BrandSlug, submission.FormSlug, request = requestId },
                "Data-subject erasure request");
            items.Add(new("Registration", submission.Id.ToString(), $"Registration on {submission.BrandSlug}/{submission.FormSlug} v{submission.FormVersion}",
                DataSubjectRequestOutcome.Erased, Pseudonymised));
        }

        var surveyIds = found.CsatComments.Select(comment => comment.SurveyId).ToList();
        foreach (var survey in await db.CsatSurveys.Where(survey => surveyIds.Contains(survey.Id)).ToListAsync(cancellationToken))
        {
            if (survey.EraseComment())
            {
                audit.Record("csat.comment_erased", nameof(CsatSurvey), survey.Id, null, new { request = requestId }, "Data-subject erasure request");
                items.Add(new("CsatComment", survey.Id.ToString(), "Satisfaction survey comment (the score stays in the totals)", DataSubjectRequestOutcome.Erased,
                    "Art 17(1): no longer needed, no exemption"));
            }
        }
    }
}
