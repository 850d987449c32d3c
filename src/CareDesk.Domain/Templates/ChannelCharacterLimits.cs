using CareDesk.Domain.Channels;

namespace CareDesk.Domain.Templates;

/// <summary>
/// The longest reply each network accepts, in characters (R52). X counts 280; Instagram comments 2,200; Facebook
/// comments 8,000; YouTube comments and Reddit comments 10,000. Web chat and e-mail have no network limit, so our
/// own body limit applies.
/// </summary>
public static class ChannelCharacterLimits
{
    public static int For(ChannelKind kind) => kind switch
    {
        ChannelKind.X => 280,
        ChannelKind.Instagram => 2200,
        ChannelKind.Facebook => 8000,
        ChannelKind.Youtube => 10000,
        ChannelKind.Reddit => 10000,
        ChannelKind.WebChat => ResponseTemplate.MaxBodyLength,
        ChannelKind.Email => ResponseTemplate.MaxBodyLength,
    };
}
