using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.MedicalInformation;
using CareDesk.Domain.Sla;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.MedicalInformation;

/// <param name="AnswerReference">The template ("template:{id}:v{n}") or standard response document ("SRD-123 v4") that answered.</param>
public sealed record RecordMedicalInformationResponseCommand(Guid RequestId, string? AnswerReference, DateTimeOffset? SentAt);

/// <summary>Completes the MI response package (answer reference, responder, sent date) and stops the MI response clock.</summary>
public sealed class RecordMedicalInformationResponseHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task HandleAsync(RecordMedicalInformationResponseCommand command, CancellationToken cancellationToken)
    {
        actor.RequireMedicalInformationAccess();
        new Validation().Required("answerReference", command.AnswerReference)
            .MaxLength("answerReference", command.AnswerReference, MedicalInformationRequest.MaxReferenceLength).ThrowIfInvalid();
        var request = await db.MedicalInformationRequests.SingleOrDefaultAsync(item => item.Id == command.RequestId, cancellationToken)
            ?? throw new NotFoundException("Medical information request", command.RequestId);
        var subject = await db.Cases.Include(item => item.Clocks).SingleAsync(item => item.Id == request.CaseId, cancellationToken);
        var now = time.GetUtcNow();
        var sentAt = command.SentAt ?? now;
        request.RecordResponse(command.AnswerReference!, actor.UserName, sentAt);
        subject.MeetClocks(SlaClockKind.MedInfoResponse, sentAt > now ? now : sentAt);
        audit.Record("medinfo.response_recorded", "MedicalInformationRequest", request.Id, null,
            new { request.AnswerReference, request.AnsweredBy, request.SentAt });
        await db.SaveChangesAsync(cancellationToken);
    }
}
