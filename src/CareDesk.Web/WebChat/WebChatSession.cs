using System.Security.Cryptography;

namespace CareDesk.Web.WebChat;

/// <summary>
/// One visitor's conversation: the session id is the thread (one case), the visitor id is the author. Message ids
/// carry the session id ("{session}.{message}") so an agent's reply to any message finds the visitor's group.
/// </summary>
internal sealed record WebChatSession(string ChannelKey, string SessionId)
{
    public string VisitorId => "visitor-" + SessionId[..12];

    public string Group => GroupOf(SessionId);

    public static string GroupOf(string sessionId) => "webchat:" + sessionId;

    public static string NewSessionId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static bool IsSessionId(string? value) => value is { Length: 32 } && value.All(char.IsAsciiHexDigitLower);

    public string NewMessageId() => $"{SessionId}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}";

    /// <summary>The session a message id (or a bare session id) belongs to, or null when it is not a web-chat id.</summary>
    public static string? SessionOf(string externalId)
    {
        var session = externalId.Split('.', 2)[0];
        return IsSessionId(session) ? session : null;
    }
}
