using CareDesk.Domain.Channels;

namespace CareDesk.Application.Reporting.Fda2253;

/// <summary>
/// The public address of a thread where the network's ids are enough to build it; otherwise a CareDesk reference
/// (channel/thread) that the submitter resolves, since private channels have no public URL.
/// </summary>
public static class ThreadLinks
{
    public static string For(ChannelKind kind, string channelKey, string threadKey) => kind switch
    {
        ChannelKind.X when threadKey.All(char.IsAsciiDigit) => $"https://x.com/i/web/status/{threadKey}",
        ChannelKind.Facebook => $"https://www.facebook.com/{Uri.EscapeDataString(threadKey)}",
        ChannelKind.Reddit => $"https://www.reddit.com/comments/{Uri.EscapeDataString(threadKey.StartsWith("t3_", StringComparison.Ordinal) ? threadKey[3..] : threadKey)}",
        _ => $"caredesk:{channelKey}/{threadKey}",
    };
}
