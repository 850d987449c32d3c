namespace CareDesk.Domain.Channels;

public enum ChannelKind
{
    X,
    Facebook,
    Instagram,
    Youtube,
    Reddit,
    WebChat,
    Email,
}
