using CareDesk.Application.Abstractions;
using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Domain.Pharmacovigilance.Delivery;
using CareDesk.Domain.Sla;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Pharmacovigilance;

public sealed record GetPvReconciliationQuery(DateTimeOffset? From, DateTimeOffset? To);

public sealed record ReconciliationRowDto(
    int CaseNumber,
    string Author,
    DateTimeOffset DetectedAt,
    DateOnly? Day0,
    DateTimeOffset? HandoffDueAt,
    DateTimeOffset? ForwardedAt,
    string? MessageId,
    string AckStatus,
    string? AckCode,
    string? ReceiverReportNumber,
    bool Late,
    string? DeliveryStatus = null,
    string? DeliveryError = null,
    int Escalations = 0);

public sealed record PvReconciliationDto(int Detected, int Forwarded, int Acknowledged, int Rejected, int Late, IReadOnlyList<ReconciliationRowDto> Rows);

/// <summary>
/// R15 reconciliation: every case screened as an adverse event in the period, whether it was forwarded, what PV
/// answered and whether the hand-off missed the internal SLA clock or the Day 0 due date. With automatic delivery it
/// also shows the outbox state and "awaiting_ack_overdue" for a delivered ICSR past its acknowledgement time.
/// </summary>
public sealed class GetPvReconciliationHandler(IAppDbContext db, IOptions<PvOptions> options, TimeProvider time)
{
    public async Task<PvReconciliationDto> HandleAsync(GetPvReconciliationQuery query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var inPeriod = db.Cases.AsNoTracking().Include(item => item.Clocks).AsQueryable();
        if (query.From is { } from)
        {
            inPeriod = inPeriod.Where(item => item.OpenedAt >= from);
        }

        if (query.To is { } to)
        {
            inPeriod = inPeriod.Where(item => item.OpenedAt < to);
        }

        var cases = (await inPeriod.OrderBy(item => item.Number).ToListAsync(cancellationToken))
            .Where(item => item.Labels.Contains(TriageLabel.AdverseEvent))
            .ToList();
        var caseIds = cases.Select(item => item.Id).ToList();
        var intakes = await db.PvIntakes.AsNoTracking().Where(intake => caseIds.Contains(intake.CaseId)).ToDictionaryAsync(intake => intake.CaseId, cancellationToken);

        var intakeIds = intakes.Values.Select(intake => intake.Id).ToList();
        var deliveries = (await db.IcsrDeliveries.AsNoTracking().Where(delivery => intakeIds.Contains(delivery.PvIntakeId)).ToListAsync(cancellationToken))
            .GroupBy(delivery => delivery.PvIntakeId).ToDictionary(group => group.Key, group => group.OrderByDescending(delivery => delivery.QueuedAt).First());
        var escalations = (await db.PvAlerts.AsNoTracking().Where(alert => intakeIds.Contains(alert.PvIntakeId)).Select(alert => alert.PvIntakeId).ToListAsync(cancellationToken))
            .CountBy(id => id).ToDictionary(pair => pair.Key, pair => pair.Value);
        var rows = cases.Select(subject =>
        {
            var clock = subject.Clocks.Where(item => item.Kind == SlaClockKind.PvHandoff).OrderBy(item => item.StartedAt).FirstOrDefault();
            intakes.TryGetValue(subject.Id, out var intake);
            var deadline = intake?.Deadline(options.Value.Zone, options.Value.Periods);
            var forwardedAt = intake?.HandedOffAt;
            var checkedAt = forwardedAt ?? now;
            var late = (clock is not null && checkedAt > clock.DueAt)
                || (deadline is not null && DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(checkedAt, options.Value.Zone).DateTime) > deadline.DueOn);
            var delivery = intake is null ? null : deliveries.GetValueOrDefault(intake.Id);
            return new ReconciliationRowDto(subject.Number, subject.Author, clock?.StartedAt ?? subject.OpenedAt, deadline?.Day0, clock?.DueAt,
                forwardedAt, intake?.IcsrMessageId, AckStatus(intake, delivery, now), intake?.AckCode, intake?.AckReceiverReportNumber, late,
                delivery?.Status.ToString().ToLowerInvariant(), delivery?.LastError, intake is null ? 0 : escalations.GetValueOrDefault(intake.Id));
        }).ToList();

        return new PvReconciliationDto(rows.Count, rows.Count(row => row.ForwardedAt is not null), rows.Count(row => row.AckStatus == "accepted"),
            rows.Count(row => row.AckStatus == "rejected"), rows.Count(row => row.Late), rows);
    }

    private static string AckStatus(PvIntake? intake, IcsrDelivery? delivery, DateTimeOffset now) =>
        intake?.HandedOffAt is null ? "not_forwarded"
        : intake.AckCode is null && delivery?.Status == IcsrDeliveryStatus.Failed ? "delivery_failed"
        : intake.AckCode is null && delivery?.AckDueAt <= now ? "awaiting_ack_overdue"
        : intake.AckCode is null ? "unacknowledged"
        : AcknowledgementCode.IsAccepted(intake.AckCode) ? "accepted" : "rejected";
}
