namespace CareDesk.Domain.Moderation;

/// <summary>The moderation mode of one owned page (a channel); a page without one is not moderated.</summary>
public sealed class PageModeration
{
    private PageModeration()
    {
        ChangedBy = string.Empty;
    }

    public Guid ChannelId { get; private set; }

    public ModerationMode Mode { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public string ChangedBy { get; private set; }

    public static PageModeration For(Guid channelId, ModerationMode mode, string by, DateTimeOffset at) =>
        new() { ChannelId = channelId, Mode = mode, ChangedBy = by, ChangedAt = at };

    public void Change(ModerationMode mode, string by, DateTimeOffset at)
    {
        Mode = mode;
        ChangedBy = by;
        ChangedAt = at;
    }
}
