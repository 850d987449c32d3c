using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Cases;
using CareDesk.Application.Common;
using CareDesk.Domain.Pharmacovigilance;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Pharmacovigilance;

public sealed record ReviewPvIntakeCommand(int CaseNumber, PvReview Review);

/// <summary>
/// A person confirms the four minimum criteria with their evidence (R5), seriousness (R7), report type and causality
/// (R2). When the four first stand confirmed, Day 0 is written as the receipt time of the newest post in the case
/// then, because the information was with the company from that moment (GVP VI.B.7), not from the review. A listening hit on a
/// source the company does not own (R13) was only with the company once a person opened it: Day 0 is then that first view.
/// </summary>
public sealed class ReviewPvIntakeHandler(IAppDbContext db, ICurrentActor actor, AuditTrail audit, IOptions<PvOptions> options, TimeProvider time,
    FirstHumanView firstHumanView)
{
    public async Task HandleAsync(ReviewPvIntakeCommand command, CancellationToken cancellationToken)
    {
        Validate(command.Review);
        var subject = await db.LoadCaseAsync(command.CaseNumber, cancellationToken);
        // Whoever reviews has seen the case; for a listening hit that view is the company's awareness (R13).
        await firstHumanView.RecordAsync(subject, cancellationToken);
        var now = time.GetUtcNow();
        var intake = await db.EnsureIntakeAsync(subject, options.Value, audit, now, cancellationToken);
        var before = PvIntakeSnapshot.Of(intake);
        var posts = await db.LoadPostsAsync(subject, cancellationToken);
        var informationReceivedAt = posts.Where(post => post.ReceivedAt <= now).Select(post => post.ReceivedAt).DefaultIfEmpty(intake.IngestedAt).Max();
        if (subject is { FromListening: true, FirstSeenByHumanAt: { } seen } && seen > informationReceivedAt)
        {
            // GVP VI.B.1.1.4: a report on a non-company medium becomes the company's when a person views it, not when a search fetched it.
            informationReceivedAt = seen;
        }

        intake.Review(command.Review, informationReceivedAt, actor.UserName, now);
        var defaulted = new List<string>();
        if (intake.QualificationDefaulted)
        {
            defaulted.Add("reporter qualification defaulted to consumer");
        }

        if (intake.CountryDefaulted)
        {
            defaulted.Add($"reporter country defaulted to {intake.ReporterCountry}, where the report was received");
        }

        audit.Record("pv.intake_reviewed", "PvIntake", intake.Id, before, PvIntakeSnapshot.Of(intake), defaulted.Count == 0 ? null : string.Join("; ", defaulted));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Validate(PvReview review)
    {
        var validation = new Validation()
            .MaxLength("reporter.evidence", review.Reporter.Evidence, ConfirmedCriterion.MaxEvidenceLength)
            .MaxLength("patient.evidence", review.Patient.Evidence, ConfirmedCriterion.MaxEvidenceLength)
            .MaxLength("product.evidence", review.Product.Evidence, ConfirmedCriterion.MaxEvidenceLength)
            .MaxLength("event.evidence", review.Event.Evidence, ConfirmedCriterion.MaxEvidenceLength)
            .MaxLength("causality", review.Causality, PvIntake.MaxCausalityLength);
        foreach (var (field, criterion) in new[] { ("reporter", review.Reporter), ("patient", review.Patient), ("product", review.Product), ("event", review.Event) })
        {
            if (criterion.Confirmed && string.IsNullOrWhiteSpace(criterion.Evidence))
            {
                validation.Add($"{field}.evidence", $"A confirmed {field} needs the supporting text from the post.");
            }
        }

        if (review.Qualification is { } qualification && !Enum.IsDefined(qualification))
        {
            validation.Add("qualification", "Qualification must be 1 physician, 2 pharmacist, 3 other health professional, 4 lawyer or 5 consumer.");
        }

        if (!string.IsNullOrWhiteSpace(review.Country) && !System.Text.RegularExpressions.Regex.IsMatch(review.Country.Trim(), "^[A-Za-z]{2}$"))
        {
            validation.Add("country", "Country must be an ISO 3166-1 alpha-2 code.");
        }

        if (!Enum.IsDefined(review.ReportType))
        {
            validation.Add("reportType", "Report type must be spontaneous or solicited.");
        }

        validation.ThrowIfInvalid();
    }
}
