using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Pharmacovigilance.Delivery;
using CareDesk.Domain.Replies;
using CareDesk.Domain.Sla;
using CareDesk.Domain.Templates;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Reporting;

/// <summary>One possible adverse event's hand-off clock: started at detection, due by the internal SLA, met at hand-off.</summary>
public sealed record HandOffTiming(int CaseNumber, DateTimeOffset StartedAt, DateTimeOffset DueAt, DateTimeOffset? HandedOffAt, double? Hours, string Result);

/// <summary>How long approvals took: templates from submission to MLR approval, replies from request to decision.</summary>
public sealed record ApprovalCycle(string Kind, string Reference, DateTimeOffset StartedAt, DateTimeOffset? DecidedAt, double? Hours, string Outcome);

public sealed record FailedDelivery(string Kind, string Reference, DateTimeOffset At, string? Error);

public sealed record OpenScreeningGap(string ChannelKey, DateTimeOffset? LastIngestedAt, DateTimeOffset RaisedAt);

public sealed record ComplianceDashboard(
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<HandOffTiming> HandOffs,
    double? HandOffCompliancePercent,
    IReadOnlyList<ApprovalCycle> Approvals,
    AuditChainReport AuditChain,
    IReadOnlyList<FailedDelivery> FailedDeliveries,
    IReadOnlyList<OpenScreeningGap> ScreeningGaps);

/// <summary>What a compliance officer checks for a period: AE hand-off times, approval cycle times, audit exceptions, open screening gaps.</summary>
public sealed class GetComplianceDashboardHandler(IAppDbContext db, VerifyAuditChainHandler auditChain, ReportAccess access, TimeProvider time)
{
    public async Task<ComplianceDashboard> HandleAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        access.RequireComplianceDetail();
        var now = time.GetUtcNow();
        var clocks = await db.Cases.AsNoTracking()
            .SelectMany(item => item.Clocks, (item, clock) => new { item.Number, clock.Kind, clock.StartedAt, clock.DueAt, clock.MetAt, clock.BreachedAt })
            .Where(clock => clock.Kind == SlaClockKind.PvHandoff && clock.StartedAt >= from && clock.StartedAt < to)
            .ToListAsync(cancellationToken);
        var handOffs = clocks.OrderBy(clock => clock.StartedAt).Select(clock =>
        {
            var fact = new ClockFact(SlaClockKind.PvHandoff, clock.DueAt, clock.MetAt, clock.BreachedAt);
            var result = fact.Kept ? "kept" : fact.IsDecided(now) ? "missed" : "open";
            return new HandOffTiming(clock.Number, clock.StartedAt, clock.DueAt, clock.MetAt, Hours(clock.StartedAt, clock.MetAt), result);
        }).ToList();
        var decided = handOffs.Where(handOff => handOff.Result != "open").ToList();

        return new ComplianceDashboard(
            from, to, handOffs, decided.Count == 0 ? null : Math.Round(100.0 * decided.Count(handOff => handOff.Result == "kept") / decided.Count, 1),
            [.. await TemplateCyclesAsync(from, to, cancellationToken), .. await ReplyCyclesAsync(from, to, cancellationToken)],
            await auditChain.HandleAsync(cancellationToken),
            await FailedDeliveriesAsync(from, to, cancellationToken),
            await db.ScreeningGapAlerts.AsNoTracking().Where(gap => gap.ResolvedAt == null).OrderBy(gap => gap.RaisedAt)
                .Select(gap => new OpenScreeningGap(gap.ChannelKey, gap.LastIngestedAt, gap.RaisedAt)).ToListAsync(cancellationToken));
    }

    private async Task<List<ApprovalCycle>> TemplateCyclesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var approved = await db.Templates.AsNoTracking().Where(template => template.ApprovedAt >= from && template.ApprovedAt < to)
            .Select(template => new { template.Id, template.JobCode, template.Version, template.ApprovedAt }).ToListAsync(cancellationToken);
        var ids = approved.Select(template => template.Id.ToString()).ToList();
        var submissions = await db.AuditEntries.AsNoTracking()
            .Where(entry => entry.Action == "template.submitted" && entry.EntityType == nameof(ResponseTemplate) && ids.Contains(entry.EntityId))
            .Select(entry => new { entry.EntityId, entry.At }).ToListAsync(cancellationToken);
        return approved.Select(template =>
        {
            // The last submission before approval starts the cycle; a template registered already approved has none.
            var submitted = submissions.Where(entry => entry.EntityId == template.Id.ToString() && entry.At <= template.ApprovedAt)
                .Select(entry => (DateTimeOffset?)entry.At).Max() ?? template.ApprovedAt!.Value;
            return new ApprovalCycle("template", $"{template.JobCode} v{template.Version}", submitted, template.ApprovedAt, Hours(submitted, template.ApprovedAt), "approved");
        }).OrderBy(cycle => cycle.StartedAt).ToList();
    }

    private async Task<List<ApprovalCycle>> ReplyCyclesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        (await db.ReplyApprovals.AsNoTracking().Where(request => request.RequestedAt >= from && request.RequestedAt < to)
            .Select(request => new { request.JobCode, request.RequestedAt, request.ClosedAt, request.Status }).ToListAsync(cancellationToken))
        .OrderBy(request => request.RequestedAt)
        .Select(request => new ApprovalCycle("reply", request.JobCode, request.RequestedAt, request.ClosedAt, Hours(request.RequestedAt, request.ClosedAt), request.Status.ToString().ToLowerInvariant()))
        .ToList();

    private async Task<List<FailedDelivery>> FailedDeliveriesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var icsr = await db.IcsrDeliveries.AsNoTracking().Where(delivery => delivery.Status == IcsrDeliveryStatus.Failed && delivery.QueuedAt >= from && delivery.QueuedAt < to)
            .Select(delivery => new FailedDelivery("ICSR", $"case {delivery.CaseNumber} ({delivery.MessageId})", delivery.QueuedAt, delivery.LastError)).ToListAsync(cancellationToken);
        var replies = await db.Outbox.AsNoTracking().Where(message => message.Status == OutboundMessage.Failed && message.RecordedAt >= from && message.RecordedAt < to)
            .Select(message => new FailedDelivery("reply", message.ChannelKey, message.RecordedAt, message.LastError)).ToListAsync(cancellationToken);
        return [.. icsr.Concat(replies).OrderBy(failure => failure.At)];
    }

    private static double? Hours(DateTimeOffset start, DateTimeOffset? end) => end is { } value ? Math.Round((value - start).TotalHours, 2) : null;
}
