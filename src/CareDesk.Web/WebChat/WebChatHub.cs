using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Application.Posts;
using CareDesk.Application.Privacy;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Web.WebChat;

/// <summary>
/// The visitor's side of web chat (anonymous: visitors of a brand's site have no CareDesk account). Every message goes
/// through <see cref="IngestPostHandler"/> like any other channel's post, so it is screened, filed into the session's
/// case and starts the SLA clocks.
/// </summary>
[AllowAnonymous]
public sealed class WebChatHub(IAppDbContext db, IngestPostHandler ingest, CaptureConsentHandler consent, TimeProvider time, IOptions<WebChatOptions> options) : Hub
{
    public const string Path = "/hubs/webchat";

    /// <summary>The client method that receives an agent's message: (id, text, sentAt).</summary>
    public const string AgentMessage = "agentMessage";

    private const string SessionKey = "webchat.session";

    public async Task<WebChatSettings> GetSettings(string channelKey)
    {
        await RequireWebChatChannelAsync(channelKey);
        var settings = options.Value;
        return new WebChatSettings(settings.Title, settings.PreChatNotice, settings.MaxMessageLength);
    }

    /// <summary>
    /// Opens (or, with the id the widget kept, resumes) a session. A visitor who declines the privacy notice can still
    /// chat and report a side effect (R41: refusing consent never blocks AE intake); the refusal goes into the consent
    /// ledger, so a PV intake opened from this chat leaves the reporter's contact empty and notes "consent declined".
    /// </summary>
    public async Task<WebChatSessionStarted> StartSession(string channelKey, bool noticeAccepted, string? resumeSessionId = null)
    {
        var key = await RequireWebChatChannelAsync(channelKey);
        var session = new WebChatSession(key, WebChatSession.IsSessionId(resumeSessionId) ? resumeSessionId! : WebChatSession.NewSessionId());
        var settings = options.Value;
        await consent.HandleAsync(
            new CaptureConsentCommand(key, session.VisitorId, ProcessingPurpose.FollowUpContact,
                noticeAccepted ? ConsentDecision.Granted : ConsentDecision.Declined, settings.PreChatNotice, settings.PreChatNoticeVersion,
                "private follow-up about what I report in this chat", "web chat pre-chat notice"),
            Context.ConnectionAborted);
        Context.Items[SessionKey] = session;
        await Groups.AddToGroupAsync(Context.ConnectionId, session.Group);
        return new WebChatSessionStarted(session.SessionId, session.VisitorId);
    }

    public async Task<WebChatMessageAccepted> SendMessage(string text)
    {
        if (Context.Items[SessionKey] is not WebChatSession session)
        {
            throw new HubException("Start a session (and answer the notice) before sending messages.");
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > options.Value.MaxMessageLength)
        {
            throw new HubException($"A message must have between 1 and {options.Value.MaxMessageLength} characters.");
        }

        var now = time.GetUtcNow();
        var messageId = session.NewMessageId();
        try
        {
            await ingest.HandleAsync(
                new IngestPostCommand(session.ChannelKey, messageId, session.VisitorId, text.Trim(), now, session.SessionId, null, false, now),
                Context.ConnectionAborted);
        }
        catch (ValidationFailedException exception)
        {
            throw new HubException(exception.Message);
        }

        return new WebChatMessageAccepted(messageId, now);
    }

    /// <summary>Only web-chat channels take visitor messages: a widget must never post into another channel.</summary>
    private async Task<string> RequireWebChatChannelAsync(string channelKey)
    {
        var key = (channelKey ?? string.Empty).Trim().ToLowerInvariant();
        var isWebChat = await db.Channels.AnyAsync(channel => channel.Key == key && channel.Kind == ChannelKind.WebChat, Context.ConnectionAborted);
        return isWebChat ? key : throw new HubException($"'{channelKey}' is not a web chat channel.");
    }
}

public sealed record WebChatSettings(string Title, string PreChatNotice, int MaxMessageLength);

public sealed record WebChatSessionStarted(string SessionId, string VisitorId);

public sealed record WebChatMessageAccepted(string MessageId, DateTimeOffset ReceivedAt);
