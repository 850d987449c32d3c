using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Replies;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Cases;

public sealed record SendTemplateReplyCommand(int CaseNumber, Guid? TemplateId, IReadOnlyDictionary<string, string>? Variables, bool ResolveAfterSending);

public sealed record SendTemplateReplyResult(Guid ReplyId, string Text, string JobCode, string MaterialId, int TemplateVersion);

/// <summary>
/// Replies with an approved, in-date template approved for the case's channel and market, whose declared variables
/// the agent filled (R24, R25); the rendered text is all that leaves, stamped with the material id and date of
/// preparation (R50). Stops the first-response clock and optionally resolves the case.
/// </summary>
public sealed class SendTemplateReplyHandler(IAppDbContext db, IOutboundChannel outbound, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<SendTemplateReplyResult> HandleAsync(SendTemplateReplyCommand command, CancellationToken cancellationToken)
    {
        new Validation().Required("templateId", command.TemplateId).ThrowIfInvalid();
        var subject = await db.LoadCaseAsync(command.CaseNumber, cancellationToken);
        var template = await db.Templates.SingleOrDefaultAsync(item => item.Id == command.TemplateId, cancellationToken)
            ?? throw ValidationFailedException.For("templateId", $"Template '{command.TemplateId}' does not exist.");
        var channel = await db.Channels.SingleAsync(item => item.Id == subject.ChannelId, cancellationToken);
        var now = time.GetUtcNow();
        var values = command.Variables ?? new Dictionary<string, string>();
        var calendar = await db.LoadCalendarForAsync(subject, cancellationToken);
        var text = template.Render(values, calendar.LocalDateOf(now), channel.Kind, channel.Market);

        var inReplyTo = await db.Posts.Where(post => post.CaseId == subject.Id)
            .OrderByDescending(post => post.ReceivedAt).Select(post => post.ExternalId).FirstOrDefaultAsync(cancellationToken);
        var reply = Reply.Send(subject.Id, channel.Id, inReplyTo, template, values, text, actor.UserName, now);
        db.Replies.Add(reply);
        await outbound.SendReplyAsync(new OutboundReply(reply.Id, channel, inReplyTo, text), cancellationToken);

        var before = CaseSnapshot.Of(subject);
        subject.RecordReply(now);
        audit.Record("reply.sent", "Reply", reply.Id, null, new { caseNumber = subject.Number, reply.TemplateId, reply.TemplateVersion, reply.JobCode, reply.MaterialId, reply.DateOfPreparation, reply.Variables, reply.Text });
        if (command.ResolveAfterSending)
        {
            subject.ChangeStatus(CaseStatus.Resolved, now, calendar);
        }

        audit.Record("case.replied", "Case", subject.Id, before, CaseSnapshot.Of(subject));
        await db.SaveChangesAsync(cancellationToken);
        return new SendTemplateReplyResult(reply.Id, text, reply.JobCode, reply.MaterialId, reply.TemplateVersion);
    }
}
