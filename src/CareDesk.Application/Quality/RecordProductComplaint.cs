using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Cases;
using CareDesk.Application.Sla;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Quality;
using CareDesk.Domain.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Quality;

/// <param name="Complainant">Defaults to the case's author.</param>
/// <param name="ContactRoute">Defaults to the channel and author handle the complaint came from.</param>
/// <param name="Description">Defaults to the customer's own words (the case's first post).</param>
/// <param name="AwareAt">Defaults to when CareDesk received the first post: awareness, not confirmation.</param>
public sealed record RecordProductComplaintCommand(
    int CaseNumber, string? Product, string? Strength, string? LotNumber, DateOnly? ExpiryDate, bool PossibleFieldAlert,
    string? Complainant = null, string? ContactRoute = null, string? Description = null, DateTimeOffset? AwareAt = null);

public sealed record RecordProductComplaintResult(Guid ComplaintId, DateTimeOffset? FieldAlertDueAt);

/// <summary>
/// Hands a product complaint to Quality with the regulatory minimum (R19). A complaint that may indicate a batch
/// failure, contamination, mix-up or significant change starts the Field Alert clock from awareness.
/// </summary>
public sealed class RecordProductComplaintHandler(
    IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time, IOptions<RegulatoryClockOptions> clocks, IOptions<SlaOptions> sla)
{
    public async Task<RecordProductComplaintResult> HandleAsync(RecordProductComplaintCommand command, CancellationToken cancellationToken)
    {
        var subject = await db.LoadCaseAsync(command.CaseNumber, cancellationToken);
        var first = await db.Posts.Where(post => post.CaseId == subject.Id).OrderBy(post => post.ReceivedAt).FirstAsync(cancellationToken);
        var channelKey = await db.Channels.Where(channel => channel.Id == subject.ChannelId).Select(channel => channel.Key).SingleAsync(cancellationToken);
        var calendar = await db.LoadCalendarForAsync(subject, cancellationToken);
        var now = time.GetUtcNow();
        var replySent = await db.Replies.Where(reply => reply.CaseId == subject.Id).OrderByDescending(reply => reply.SentAt)
            .Select(reply => reply.Text).FirstOrDefaultAsync(cancellationToken);

        // Screening may already have opened a draft for this post (R14): the agent completes it, keeping its links.
        var draft = await db.ProductComplaints.FirstOrDefaultAsync(item => item.CaseId == subject.Id && item.IsDraft, cancellationToken);
        var (product, complainant, contactRoute, description, awareAt) = (command.Product ?? draft?.Product ?? string.Empty, command.Complainant ?? subject.Author,
            command.ContactRoute ?? $"{channelKey} {subject.Author}", command.Description ?? first.Text, command.AwareAt ?? first.ReceivedAt);
        object? draftBefore = draft is null ? null
            : new { draft.Product, draft.Defect, draft.Complainant, draft.ContactRoute, draft.Description, draft.LotStatus, draft.RecordedBy, draft.IsDraft };
        var complaint = draft ?? ProductComplaint.Record(subject.Id, product, command.Strength, command.LotNumber, command.ExpiryDate,
            complainant, contactRoute, description, replySent, command.PossibleFieldAlert, awareAt, actor.UserName, now);
        if (draft is null)
        {
            db.ProductComplaints.Add(complaint);
        }
        else
        {
            draft.CompleteDraft(product, command.Strength, command.LotNumber, command.ExpiryDate, complainant, contactRoute, description, replySent,
                command.PossibleFieldAlert, awareAt, actor.UserName, now);
        }

        var before = CaseSnapshot.Of(subject);
        subject.Escalate(EscalationTarget.Quality, now, calendar);
        if (complaint.PossibleFieldAlert)
        {
            subject.StartClock(SlaClockKind.FieldAlert, complaint.AwareAt, calendar,
                SlaTarget.WorkingDaysToEndOfDay(clocks.Value.FieldAlertWorkingDays), sla.Value.WarningFraction, now);
        }

        audit.Record("quality.complaint_recorded", "ProductComplaint", complaint.Id, draftBefore, complaint);
        audit.Record("case.escalated", "Case", subject.Id, before, new { target = EscalationTarget.Quality, after = CaseSnapshot.Of(subject) });
        await db.SaveChangesAsync(cancellationToken);
        var due = subject.Clocks.FirstOrDefault(clock => clock.Kind == SlaClockKind.FieldAlert && clock.IsOpen)?.DueAt;
        return new RecordProductComplaintResult(complaint.Id, due);
    }
}
