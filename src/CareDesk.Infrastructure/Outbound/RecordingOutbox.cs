using CareDesk.Application.Abstractions;
using CareDesk.Domain.Replies;

namespace CareDesk.Infrastructure.Outbound;

/// <summary>
/// Records each outgoing reply in the outbox table, in the same transaction as the reply itself, so a reply is
/// never "sent" without a record. Channel connectors deliver from the outbox.
/// </summary>
public sealed class RecordingOutbox(IAppDbContext db, TimeProvider time) : IOutboundChannel
{
    public Task SendReplyAsync(OutboundReply reply, CancellationToken cancellationToken)
    {
        db.Outbox.Add(OutboundMessage.Record(reply.ReplyId, reply.Channel.Key, reply.InReplyToExternalId, reply.Text, time.GetUtcNow()));
        return Task.CompletedTask;
    }

    public Task SendSurveyAsync(OutboundSurvey survey, CancellationToken cancellationToken)
    {
        db.Outbox.Add(OutboundMessage.RecordSurvey(survey.SurveyId, survey.Channel.Key, survey.InReplyToExternalId, survey.Text, time.GetUtcNow()));
        return Task.CompletedTask;
    }
}
