using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Cases;
using CareDesk.Application.Common;
using CareDesk.Application.Sla;
using CareDesk.Domain.Cases;
using CareDesk.Domain.MedicalInformation;
using CareDesk.Domain.Sla;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.MedicalInformation;

/// <param name="IsSolicited">True when a company post prompted the question; the request is then outside the unsolicited-request policy.</param>
public sealed record RouteMedicalInquiryCommand(int CaseNumber, bool IsSolicited = false, string? Note = null);

public sealed record RouteMedicalInquiryResult(Guid RequestId, bool IsOffLabel, DateTimeOffset ResponseDueAt, string? Warning);

/// <summary>
/// Routes a medical inquiry to Medical Information, not Marketing (R20): the verbatim question, requester and
/// off-label status are kept as the start of the response package, and the MI response clock starts.
/// </summary>
public sealed class RouteMedicalInquiryHandler(
    IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time, IOptions<RegulatoryClockOptions> clocks, IOptions<SlaOptions> sla)
{
    public const string SolicitedWarning = "Solicited request – not covered by unsolicited-request policy; escalate to Legal/Medical.";

    public async Task<RouteMedicalInquiryResult> HandleAsync(RouteMedicalInquiryCommand command, CancellationToken cancellationToken)
    {
        actor.RequireMedicalInformationAccess();
        var subject = await db.LoadCaseAsync(command.CaseNumber, cancellationToken);
        var question = await db.Posts.Where(post => post.CaseId == subject.Id).OrderBy(post => post.ReceivedAt).Select(post => post.Text).ToListAsync(cancellationToken);
        var calendar = await db.LoadCalendarForAsync(subject, cancellationToken);
        var now = time.GetUtcNow();

        // Screening may already have opened this request (R14): routing confirms it, keeping its links.
        var isOffLabel = subject.Labels.Contains(TriageLabel.OffLabel);
        var request = await db.MedicalInformationRequests.FirstOrDefaultAsync(item => item.CaseId == subject.Id && item.IsDraft, cancellationToken);
        object? draftBefore = request is null ? null
            : new { request.IsOffLabel, request.IsPaediatric, request.IsSolicited, request.RoutedBy, request.RoutedAt, request.IsDraft };
        if (request is null)
        {
            request = MedicalInformationRequest.Route(subject.Id, subject.Author, string.Join("\n", question), isOffLabel, command.IsSolicited, actor.UserName, now);
            db.MedicalInformationRequests.Add(request);
        }
        else
        {
            request.ConfirmRouting(isOffLabel, command.IsSolicited, actor.UserName, now);
        }
        var before = CaseSnapshot.Of(subject);
        subject.Escalate(EscalationTarget.MedicalInformation, now, calendar);
        subject.StartClock(SlaClockKind.MedInfoResponse, now, calendar,
            SlaTarget.Days(clocks.Value.MedicalInformationResponseBusinessDays), sla.Value.WarningFraction, now);

        audit.Record("medinfo.request_routed", "MedicalInformationRequest", request.Id, draftBefore, request, command.Note);
        audit.Record("case.escalated", "Case", subject.Id, before, new { target = EscalationTarget.MedicalInformation, after = CaseSnapshot.Of(subject) }, command.Note);
        await db.SaveChangesAsync(cancellationToken);
        var due = subject.Clocks.First(clock => clock.Kind == SlaClockKind.MedInfoResponse && clock.IsOpen).DueAt;
        return new RouteMedicalInquiryResult(request.Id, request.IsOffLabel, due, command.IsSolicited ? SolicitedWarning : null);
    }
}
