using CareDesk.Domain.Channels;

namespace CareDesk.Domain.Csat;

/// <summary>Whether CareDesk can write to the person privately on a channel (a DM, a chat session, an e-mail).</summary>
public static class CsatPrivatePath
{
    public static bool Exists(ChannelKind kind) => kind switch
    {
        ChannelKind.X or ChannelKind.Facebook or ChannelKind.Instagram or ChannelKind.Reddit or ChannelKind.WebChat or ChannelKind.Email => true,
        ChannelKind.Youtube => false,
        _ => false,
    };
}
