using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Csat;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Replies;
using CareDesk.Domain.Sla;
using CareDesk.Domain.Templates;

namespace CareDesk.Application.Cases;

/// <summary>
/// The one way a reply reaches the outbox, shared by an immediate template reply and a finally approved one: the
/// reply keeps its template id and version, the case's response clock stops, and both are audited. A reply that also
/// resolves the case sends the satisfaction survey, exactly as resolving by status does.
/// </summary>
internal static class ReplyDispatch
{
    public static async Task<Reply> SendAsync(
        IAppDbContext db, IOutboundChannel outbound, AuditTrail audit, CsatSurveySender csat, Case subject, Channel channel, BusinessCalendar calendar,
        ResponseTemplate template, IReadOnlyDictionary<string, string> values, string text, string? inReplyTo,
        string sentBy, bool resolveAfterSending, DateTimeOffset now, Guid? approvalRequestId, CancellationToken cancellationToken)
    {
        template.RecordDissemination(now); // R27: a 2253-required version goes live only once submitted
        var reply = Reply.Send(subject.Id, channel.Id, inReplyTo, template, values, text, sentBy, now);
        db.Replies.Add(reply);
        await outbound.SendReplyAsync(new OutboundReply(reply.Id, channel, inReplyTo, text), cancellationToken);

        var before = CaseSnapshot.Of(subject);
        subject.RecordReply(now);
        audit.Record("reply.sent", "Reply", reply.Id, null,
            new { caseNumber = subject.Number, reply.TemplateId, reply.TemplateVersion, reply.JobCode, reply.MaterialId, reply.DateOfPreparation, reply.Variables, reply.Text, approvalRequestId });
        if (resolveAfterSending)
        {
            subject.ChangeStatus(CaseStatus.Resolved, now, calendar);
        }

        audit.Record("case.replied", "Case", subject.Id, before, CaseSnapshot.Of(subject));
        if (before.Status != CaseStatus.Resolved && subject.Status == CaseStatus.Resolved)
        {
            await csat.SendAfterResolutionAsync(subject, cancellationToken);
        }

        return reply;
    }
}
