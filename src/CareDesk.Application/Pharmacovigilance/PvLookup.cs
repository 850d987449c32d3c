using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Application.Privacy;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Conversations;
using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Pharmacovigilance;

internal static class PvLookup
{
    public const string ConsentDeclinedNote = "Consent declined: the reporter declined the privacy notice, so reporter contact fields are left empty.";

    public static async Task<PvIntake> LoadIntakeAsync(this IAppDbContext db, int caseNumber, CancellationToken cancellationToken) =>
        await db.PvIntakes.SingleOrDefaultAsync(intake => intake.CaseNumber == caseNumber, cancellationToken)
        ?? throw new NotFoundException("PV intake", caseNumber);

    public static async Task<List<Post>> LoadPostsAsync(this IAppDbContext db, Case subject, CancellationToken cancellationToken) =>
        await db.Posts.AsNoTracking().Where(post => post.CaseId == subject.Id).OrderBy(post => post.ReceivedAt).ToListAsync(cancellationToken);

    /// <summary>
    /// The case's intake, opened on first need from the first post screened as an adverse event: its platform and
    /// ingestion times, the classifier's evidence as unconfirmed suggestions, and the follow-up schedule (R8).
    /// </summary>
    public static async Task<PvIntake> EnsureIntakeAsync(this IAppDbContext db, Case subject, PvOptions options, AuditTrail audit, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var existing = await db.PvIntakes.SingleOrDefaultAsync(intake => intake.CaseId == subject.Id, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        if (!subject.Labels.Contains(TriageLabel.AdverseEvent))
        {
            throw ValidationFailedException.For("case", $"Case {subject.Number} was not screened as a possible adverse event.");
        }

        var posts = await db.LoadPostsAsync(subject, cancellationToken);
        var source = posts.FirstOrDefault(post => post.Labels.Contains(TriageLabel.AdverseEvent)) ?? posts[0];
        return await db.OpenIntakeAsync(subject, source, options, audit, now, cancellationToken);
    }

    /// <summary>
    /// Opens the intake from its source post: awareness times, the classifier's evidence as unconfirmed suggestions,
    /// suggested special situations (R6) with the pregnancy-outcome task, and the follow-up schedule (R8).
    /// </summary>
    public static async Task<PvIntake> OpenIntakeAsync(this IAppDbContext db, Case subject, Post source, PvOptions options, AuditTrail audit, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        // R2: the channel's data-collection source decides the default; the reviewer may still change it.
        var collectedBy = await db.Channels.Where(channel => channel.Id == source.ChannelId).Select(channel => channel.Source).SingleAsync(cancellationToken);
        var intake = PvIntake.Start(subject.Id, subject.Number, SafetyReportId(options, subject.Number), source.PostedAt, source.ReceivedAt,
            Prefill(source), ReportTypes.From(collectedBy), options.CountryCode, options.FollowUpDays.Select(day => now.AddDays(day)));
        var situations = SpecialSituationSuggestions.From(source);
        intake.RecordSpecialSituations(situations, situations.Count == 0 || SpecialSituationSuggestions.ReportsAdverseEvent(source),
            now.AddDays(options.PregnancyOutcomeFollowUpDays));
        if (await db.DeclinedContactAsync(source.ChannelId, source.Author, cancellationToken))
        {
            // GVP VI.B.2: the report stays valid without the reporter's contact; refusing consent never blocks PV (R41).
            intake.WithholdReporterContact();
            db.CaseNotes.Add(CaseNote.Write(subject.Id, "system", ConsentDeclinedNote, now));
        }

        db.PvIntakes.Add(intake);
        audit.Record("pv.intake_started", "PvIntake", intake.Id, null, PvIntakeSnapshot.Of(intake));
        return intake;
    }

    public static string SafetyReportId(PvOptions options, int caseNumber) =>
        $"{options.CountryCode}-{options.CompanyCode}-{caseNumber:D6}";

    private static ConfirmedCriterion[] Prefill(Post post)
    {
        var criteria = post.AdverseEvent?.Criteria;
        return
        [
            new(false, criteria?.Reporter.Evidence ?? post.Author),
            new(false, criteria?.Patient.Evidence),
            new(false, criteria?.Product.Evidence ?? post.AdverseEvent?.Drugs.FirstOrDefault()?.Name),
            new(false, criteria?.Event.Evidence ?? post.AdverseEvent?.Events.FirstOrDefault(item => !item.Negated)?.Text),
        ];
    }
}
