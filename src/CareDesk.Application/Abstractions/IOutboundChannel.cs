using CareDesk.Domain.Channels;

namespace CareDesk.Application.Abstractions;

/// <summary>Where sent replies go. Real channel connectors implement it; the recording outbox is the default.</summary>
public interface IOutboundChannel
{
    Task SendReplyAsync(OutboundReply reply, CancellationToken cancellationToken);

    Task SendSurveyAsync(OutboundSurvey survey, CancellationToken cancellationToken);
}

public sealed record OutboundReply(Guid ReplyId, Channel Channel, string? InReplyToExternalId, string Text);

/// <summary>A satisfaction survey link, sent privately to the author of <paramref name="InReplyToExternalId"/>.</summary>
public sealed record OutboundSurvey(Guid SurveyId, Channel Channel, string? InReplyToExternalId, string Text);
