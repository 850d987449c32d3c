using CareDesk.Application.Connectors;
using CareDesk.Domain.Channels;
using Microsoft.AspNetCore.SignalR;

namespace CareDesk.Web.WebChat;

/// <summary>
/// Web chat as a channel: visitors' messages arrive pushed through <see cref="WebChatHub"/>, so there is nothing to
/// poll; an agent's reply or private message is pushed to every open tab of the visitor's session.
/// </summary>
internal sealed class WebChatConnector(IHubContext<WebChatHub> hub, TimeProvider time) : IChannelConnector
{
    private static readonly ChannelPollResult Nothing = new([], null);

    public ChannelKind Kind => ChannelKind.WebChat;

    public Task<ChannelPollResult> PollAsync(ChannelPollRequest request, CancellationToken cancellationToken) => Task.FromResult(Nothing);

    public async Task<ChannelActionResult> ExecuteAsync(ChannelAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.Kind is not (ChannelActionKind.Reply or ChannelActionKind.PrivateMessage))
        {
            throw new NotSupportedException($"Web chat has no '{action.Kind}': visitors' messages are private to the session.");
        }

        var sessionId = WebChatSession.SessionOf(action.Recipient ?? action.TargetExternalId)
            ?? throw new ArgumentException($"'{action.TargetExternalId}' is not a web chat message or session id.", nameof(action));
        var replyId = $"{sessionId}.agent-{Guid.NewGuid():N}";
        await hub.Clients.Group(WebChatSession.GroupOf(sessionId))
            .SendAsync(WebChatHub.AgentMessage, replyId, action.Text ?? string.Empty, time.GetUtcNow(), cancellationToken);
        return new ChannelActionResult(true, replyId);
    }
}
