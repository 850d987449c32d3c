using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Replies;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Connectors;

public sealed record DeliverOutboundMessagesResult(int Delivered, int Refused, int Failed);

/// <summary>
/// Sends recorded replies through the channel's connector: a public reply under the post, a private message for a
/// private conversation (DM, Messenger, e-mail, web chat). Only channels switched on for ingestion have a live
/// connection; a refusal is retried with backoff and, after the last attempt, marked failed and audited.
/// </summary>
public sealed class DeliverOutboundMessagesHandler(IAppDbContext db, IEnumerable<IChannelConnector> connectors, AuditTrail audit, TimeProvider time)
{
    public async Task<DeliverOutboundMessagesResult> HandleAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var live = await db.Channels.Where(channel => channel.IngestionEnabled).ToDictionaryAsync(channel => channel.Key, cancellationToken);
        var waiting = await db.Outbox.Where(message => message.Status == OutboundMessage.Recorded).OrderBy(message => message.RecordedAt).ToListAsync(cancellationToken);
        int delivered = 0, refused = 0, failed = 0;
        foreach (var message in waiting.Where(message => message.IsDue(now) && live.ContainsKey(message.ChannelKey)))
        {
            var channel = live[message.ChannelKey];
            var connector = connectors.FirstOrDefault(found => found.Kind == channel.Kind);
            if (connector is null)
            {
                continue;
            }

            try
            {
                var result = await connector.ExecuteAsync(await ActionForAsync(channel, message, cancellationToken), cancellationToken);
                message.MarkDelivered(time.GetUtcNow(), result.ExternalId);
                audit.Record(message.ReplyId is null ? "csat.survey_delivered" : "reply.delivered", EntityOf(message), IdOf(message), null, new { channel = channel.Key, externalId = result.ExternalId });
                delivered++;
            }
            catch (ChannelUnavailableException refusal)
            {
                message.MarkRefused(time.GetUtcNow(), refusal.Message, refusal.RetryAt);
                if (message.Status == OutboundMessage.Failed)
                {
                    audit.Record(message.ReplyId is null ? "csat.survey_delivery_failed" : "reply.delivery_failed", EntityOf(message), IdOf(message), null, new { channel = channel.Key, message.Attempts, error = refusal.Message });
                    failed++;
                }
                else
                {
                    refused++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return new DeliverOutboundMessagesResult(delivered, refused, failed);
    }

    private static string EntityOf(OutboundMessage message) => message.ReplyId is null ? "CsatSurvey" : nameof(Reply);

    private static Guid IdOf(OutboundMessage message) => message.ReplyId ?? message.CsatSurveyId ?? message.Id;

    private async Task<ChannelAction> ActionForAsync(Channel channel, OutboundMessage message, CancellationToken cancellationToken)
    {
        var target = await db.Posts.AsNoTracking().Where(post => post.ChannelId == channel.Id && post.ExternalId == message.InReplyToExternalId)
            .Select(post => new { post.IsPublic, post.Author }).SingleOrDefaultAsync(cancellationToken);
        var isPrivate = target is { IsPublic: false } || message.PrivateOnly;
        var kind = isPrivate ? ChannelActionKind.PrivateMessage : ChannelActionKind.Reply;
        return new ChannelAction(kind, channel.Key, channel.AccountId, message.InReplyToExternalId ?? string.Empty, message.Text, isPrivate ? target?.Author : null);
    }
}
