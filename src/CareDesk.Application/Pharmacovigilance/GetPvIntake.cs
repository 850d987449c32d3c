using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Cases;
using CareDesk.Application.Common;
using CareDesk.Application.Security;
using CareDesk.Domain.Common;
using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Domain.Security;
using CareDesk.Domain.Sla;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Pharmacovigilance;

public sealed record GetPvIntakeQuery(int CaseNumber);

/// <summary>
/// The PV hand-off screen of one case; opens the intake on first visit and records the first human view (R3). Every read
/// is in the access log; roles without the "PV data" permission see the reporter and source text masked (R39).
/// </summary>
public sealed class GetPvIntakeHandler(IAppDbContext db, FirstHumanView firstHumanView, CaseAccessLog accessLog, ICurrentActor actor, AuditTrail audit,
    IOptions<PvOptions> options, TimeProvider time)
{
    public async Task<PvIntakeDto> HandleAsync(GetPvIntakeQuery query, CancellationToken cancellationToken)
    {
        var subject = await db.LoadCaseAsync(query.CaseNumber, cancellationToken);
        var masked = !actor.CanSeePvData();
        await firstHumanView.RecordAsync(subject, cancellationToken);
        await accessLog.RecordAsync(subject, CaseAccessLog.PvHandoff, masked, cancellationToken);
        var intake = await db.EnsureIntakeAsync(subject, options.Value, audit, time.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var meddraLoaded = await db.MeddraReleases.AnyAsync(cancellationToken);

        var channel = await db.Channels.AsNoTracking().Where(item => item.Id == subject.ChannelId).Select(item => item.Name).SingleAsync(cancellationToken);
        var posts = await db.LoadPostsAsync(subject, cancellationToken);
        var now = time.GetUtcNow();
        var deadline = intake.Deadline(options.Value.Zone, options.Value.Periods);
        var clock = subject.Clocks.Where(item => item.Kind == SlaClockKind.PvHandoff).OrderBy(item => item.StartedAt).FirstOrDefault();
        var possiblySerious = posts.Any(post => post.Priority >= Priority.Urgent) || subject.Priority >= Priority.Urgent;

        var author = intake.ReporterContactWithheld ? string.Empty : subject.Author;
        var sourceText = string.Join("\n\n", posts.Select(post => post.Text));
        return new PvIntakeDto(
            intake.CaseNumber, intake.SafetyReportId, masked ? PersonalDataMask.MaskHandle(author) : author, channel,
            masked ? PersonalDataMask.MaskIdentifiers(sourceText) : sourceText,
            new AwarenessDto(intake.PlatformPostedAt, intake.IngestedAt, subject.FirstSeenByHumanAt, intake.MinimumCriteriaMetAt,
                intake.OriginalMinimumCriteriaMetAt, intake.CriteriaConfirmedAt, intake.CriteriaConfirmedBy),
            deadline is null ? null : ToDto(deadline, intake, now, options.Value.Zone),
            clock is null ? null : SlaClockDto.Of(clock),
            intake.Reporter, intake.Patient, intake.Product, intake.Event, intake.IsValidIcsr,
            intake.ReporterQualification, intake.QualificationDefaulted, intake.ReporterCountry, intake.CountryDefaulted,
            intake.Seriousness, intake.IsSerious, possiblySerious, intake.ReportType, intake.Causality,
            Blockers(intake, meddraLoaded), intake.FollowUps, intake.DuplicateOfCaseNumber, intake.DuplicateOfReportId,
            intake.HandedOffAt is { } handedOffAt
                ? new HandoffDto(handedOffAt, intake.HandedOffBy!, intake.IcsrMessageId!, intake.AckCode,
                    intake.AckCode is null ? null : AcknowledgementCode.IsAccepted(intake.AckCode), intake.AckReceivedAt, intake.AckReceiverReportNumber, intake.AckDetail)
                : null,
            intake.ClosedInvalidAt, intake.FollowUpException,
            intake.SpecialSituations, intake.HasAdverseEvent, intake.Classification,
            intake.PatientSex, intake.PatientAgeYears, intake.PatientAgeGroup, intake.AdditionalReactions, intake.ReporterContactWithheld)
        {
            EventLanguage = intake.EventLanguage,
            EventTranslation = intake.EventTranslation,
            EventMeddra = intake.EventMeddra,
            EventPreCode = intake.EventPreCode,
            EventRecodeReason = intake.EventRecodeReason,
        };
    }

    private static DeadlineDto ToDto(ReportingDeadline deadline, PvIntake intake, DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var left = deadline.DaysLeft(today);
        var state = intake.HandedOffAt is not null ? "met" : left < 0 ? "breached" : left <= 3 ? "warning" : "on_track";
        return new DeadlineDto(deadline.Day0, deadline.DueOn, deadline.Expedited, left, state);
    }

    private static List<string> Blockers(PvIntake intake, bool meddraLoaded)
    {
        try
        {
            intake.CheckReadyForHandoff(meddraLoaded);
            return [];
        }
        catch (BusinessRuleViolationException violation)
        {
            return [violation.Message];
        }
    }
}
